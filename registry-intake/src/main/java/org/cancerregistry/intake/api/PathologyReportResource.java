package org.cancerregistry.intake.api;

import static org.cancerregistry.intake.Roles.LAB;
import static org.cancerregistry.intake.Roles.REGISTRAR;
import static org.cancerregistry.intake.Roles.REGISTRY_MANAGER;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cancerregistry.intake.hl7.Hl7Submissions;
import org.cancerregistry.intake.lab.LabIdentity;
import org.cancerregistry.intake.problem.InvalidParameterException;
import org.cancerregistry.intake.report.MessageFormat;
import org.cancerregistry.intake.store.PathologyReport;
import org.cancerregistry.intake.store.PathologyReportRepository;
import org.cancerregistry.intake.submission.ReportIntake;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

@Path("/api/v1/pathology-reports")
public class PathologyReportResource {

    public static final String HL7_V2 = "application/hl7-v2";
    public static final String HL7_V2_ER7 = "x-application/hl7-v2+er7";


    private final PathologyReportRepository reports;
    private final Hl7Submissions hl7;
    private final JsonReports json;
    private final ReportIntake intake;
    private final SecurityIdentity caller;
    private final LabIdentity lab;
    private final Vertx vertx;

    PathologyReportResource(PathologyReportRepository reports, Hl7Submissions hl7, JsonReports json, ReportIntake intake,
            SecurityIdentity caller, LabIdentity lab, Vertx vertx) {
        this.vertx = vertx;
        this.reports = reports;
        this.hl7 = hl7;
        this.json = json;
        this.intake = intake;
        this.caller = caller;
        this.lab = lab;
    }

    @POST
    @Consumes({ HL7_V2, HL7_V2_ER7 })
    @Produces(HL7_V2)
    @RolesAllowed(LAB)
    @Operation(summary = ApiDocumentation.SUBMIT_SUMMARY, description = ApiDocumentation.SUBMIT_DESCRIPTION)
    @RequestBody(content = @Content(mediaType = HL7_V2, examples = @ExampleObject(name = "surgical pathology", value = ApiDocumentation.ORU_R01)))
    @APIResponse(responseCode = "200", description = "ACK with MSA-1 AA", content = @Content(mediaType = HL7_V2))
    @APIResponse(responseCode = "422", description = "ACK with MSA-1 AE and ERR segments", content = @Content(mediaType = HL7_V2))
    @APIResponse(responseCode = "400", description = "ACK with MSA-1 AR", content = @Content(mediaType = HL7_V2))
    public Uni<Response> submitHl7(String message) {
        return hl7.submit(message, callingLab())
                .map(answer -> Response.status(answer.httpStatus()).type(HL7_V2).entity(answer.body()).build());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(LAB)
    @Operation(summary = ApiDocumentation.SUBMIT_SUMMARY, description = ApiDocumentation.SUBMIT_DESCRIPTION)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = JsonPathologyReport.class),
            examples = @ExampleObject(name = "surgical pathology", value = ApiDocumentation.JSON_REPORT)))
    @APIResponse(responseCode = "201", description = "Accepted as a new report or a new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportDetails.class)))
    @APIResponse(responseCode = "200", description = "Sent before: the original report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportDetails.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> submitJson(String body) {
        String labClia = callingLab();
        // Reading up to 2 MB of JSON takes a worker thread, as reading HL7 does.
        return vertx.executeBlocking(Uni.createFrom().item(() -> json.read(body, labClia)), false)
                .flatMap(content -> intake.takeIn(content, MessageFormat.JSON, body, null)).map(outcome -> {
            Response.ResponseBuilder response = outcome.kind() == ReportIntake.Outcome.Kind.ACCEPTED
                    ? Response.created(URI.create("/api/v1/pathology-reports/" + outcome.report().id))
                    : Response.ok().location(URI.create("/api/v1/pathology-reports/" + outcome.report().id));
            return response.type(MediaType.APPLICATION_JSON).entity(ReportDetails.of(outcome.report())).build();
        });
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ LAB, REGISTRAR, REGISTRY_MANAGER })
    @Operation(summary = "List pathology reports, newest first",
            description = "A laboratory sees only the reports it submitted; registrars see every report.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "one report", value = ApiDocumentation.REPORT_PAGE)))
    public Uni<ResultPage<ReportSummary>> list(
            @RestQuery String since,
            @RestQuery @DefaultValue("0") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
                    description = "page times size is at most 10000000")) String page,
            @RestQuery @DefaultValue("50") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500"))
            String size) {
        Instant from = instant("since", since);
        PageRequest asked = PageRequest.of(page, size);
        Uni<List<PathologyReport>> found = seesAllReports()
                ? reports.listSince(from, asked.panache())
                : reports.listOfLabSince(callingLab(), from, asked.panache());
        return found.map(list -> new ResultPage<>(list.stream().map(ReportSummary::of).toList(), asked.page(), asked.size()));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ LAB, REGISTRAR, REGISTRY_MANAGER })
    @Operation(summary = "A report's status and reportability screening",
            description = "A laboratory sees only its own reports: another lab's report answers 404.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportDetails.class),
            examples = @ExampleObject(name = "reportable", value = ApiDocumentation.REPORT_DETAILS)))
    @APIResponse(responseCode = "404", description = "No such report, or another lab's",
            content = @Content(mediaType = "application/problem+json"))
    public Uni<ReportDetails> get(@RestPath UUID id) {
        return reports.findById(id)
                .onItem().ifNotNull().transform(report -> seesAllReports() || report.labClia.equals(callingLab()) ? report : null)
                .onItem().ifNull().failWith(() -> new NotFoundException("No pathology report " + id))
                .map(ReportDetails::of);
    }

    private boolean seesAllReports() {
        return caller.hasRole(REGISTRAR) || caller.hasRole(REGISTRY_MANAGER);
    }

    private String callingLab() {
        return lab.clia().orElseThrow(() -> new ForbiddenException("The lab's token carries no CLIA number."));
    }

    private static Instant instant(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return Instant.EPOCH;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(parameter, "'" + value + "' is not an ISO-8601 instant such as 2026-03-01T00:00:00Z");
        }
    }
}
