package org.cancerregistry.abstracting.web;

import static org.cancerregistry.abstracting.Roles.REGISTRAR;
import static org.cancerregistry.abstracting.Roles.REGISTRY_MANAGER;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** NAACCR XML submissions through reporting-service: request one, watch it being generated, download it, see its acknowledgement. */
@Path("/ui/submissions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ REGISTRAR, REGISTRY_MANAGER })
public class SubmissionsPage {

    private static final int LIST_SIZE = 20;

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance submissions(List<ReportingApi.SubmissionStatus> submissions, String message, String error);

        static native TemplateInstance submissions$row(ReportingApi.SubmissionStatus submission);
    }

    private final ReportingApi reporting;

    SubmissionsPage(@RestClient ReportingApi reporting) {
        this.reporting = reporting;
    }

    @GET
    public Uni<TemplateInstance> list() {
        return page(null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<TemplateInstance> request(@RestForm String recordType, @RestForm String naaccrVersion,
            @RestForm String diagnosisYears, @RestForm String stateRegistry) {
        List<Integer> years;
        try {
            years = Arrays.stream((diagnosisYears == null ? "" : diagnosisYears).split("[,\\s]+"))
                    .filter(year -> !year.isBlank()).map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            return page(null, "Diagnosis years must be years, e.g. 2025, 2026.");
        }
        if (years.isEmpty()) {
            return page(null, "Give at least one diagnosis year.");
        }
        return reporting.request(new ReportingApi.SubmissionRequest(recordType, naaccrVersion, years,
                        stateRegistry == null || stateRegistry.isBlank() ? null : stateRegistry.trim()))
                .flatMap(created -> page("Submission requested: it is being generated.", null))
                .onFailure().recoverWithUni(failure -> page(null, failure instanceof WebApplicationException refused
                        ? "Reporting did not take the request: " + Problems.detail(refused)
                        : "The reporting service is not available; nothing was requested."));
    }

    /** One submission's row, polled by the page while it is generated. */
    @GET
    @Path("/{id}/row")
    public Uni<TemplateInstance> row(@RestPath UUID id) {
        return reporting.submission(id).map(Templates::submissions$row);
    }

    @GET
    @Path("/{id}/file")
    @Produces("application/xml")
    public Uni<Response> file(@RestPath UUID id) {
        return reporting.file(id).map(xml -> Response.ok(xml, "application/xml")
                .header("Content-Disposition", "attachment; filename=\"submission-" + id + ".xml\"").build());
    }

    private Uni<TemplateInstance> page(String message, String error) {
        return reporting.submissions(LIST_SIZE)
                .flatMap(list -> list.items().isEmpty() ? Uni.createFrom().item(List.<ReportingApi.SubmissionStatus>of())
                        : Multi.createFrom().iterable(list.items())
                                .onItem().transformToUniAndConcatenate(summary -> reporting.submission(summary.id()))
                                .collect().asList())
                .map(submissions -> Templates.submissions(submissions, message, error))
                .onFailure().recoverWithItem(failure -> Templates.submissions(List.of(), message,
                        error != null ? error : "The reporting service is not available right now."));
    }
}
