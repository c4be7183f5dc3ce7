package org.cancerregistry.reporting.incidence;

import static org.cancerregistry.reporting.Roles.REGISTRAR;
import static org.cancerregistry.reporting.Roles.REGISTRY_MANAGER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/incidence")
@RolesAllowed({ REGISTRAR, REGISTRY_MANAGER })
public class IncidenceResource {

    static final String CSV = "text/csv";

    private final IncidenceCounts incidence;
    private final HttpHeaders headers;

    IncidenceResource(IncidenceCounts incidence, HttpHeaders headers) {
        this.incidence = incidence;
        this.headers = headers;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(summary = "Tumors diagnosed in a year, counted by primary site group, sex and stage",
            description = """
                    JSON by default; CSV (diagnosisYear,siteGroup,sex,stage,count) with Accept: text/csv. Every tumor of the \
                    reporting store diagnosed that year counts. Site groups follow the SEER site recode (a subset, the rest in \
                    "Other"); sex is sex assigned at birth (225, v25: sex 220); stage is Derived Summary Stage 2018 (762), else \
                    Summary Stage 2018 (764), 9 when neither is known.""")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidenceReport.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)) })
    public Uni<Response> counts(
            @Parameter(description = "Year of diagnosis, 1900 to 2100", example = "2026")
            @RestQuery @NotNull(message = "is required") @Pattern(regexp = "19\\d\\d|20\\d\\d|2100", message = "must be a year from 1900 to 2100")
            String diagnosisYear) {
        boolean csv = wantsCsv();
        return incidence.of(Integer.parseInt(diagnosisYear)).map(report -> csv
                ? Response.ok(report.csv(), CSV + ";charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"incidence-" + diagnosisYear + ".csv\"").build()
                : Response.ok(report, MediaType.APPLICATION_JSON).build());
    }

    /** CSV only when the client prefers it to JSON: a wildcard Accept gets JSON. */
    private boolean wantsCsv() {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.valueOf(CSV)) && !type.isWildcardType()) {
                return true;
            }
            if (type.isWildcardType()) {
                return false;
            }
        }
        return false;
    }
}
