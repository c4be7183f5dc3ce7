package org.cancerregistry.abstracting.web;

import static org.cancerregistry.abstracting.Roles.REGISTRAR;
import static org.cancerregistry.abstracting.Roles.REGISTRY_MANAGER;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
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

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final ReportingApi reporting;
    private final SecurityIdentity identity;
    private final String reportingUrl;

    SubmissionsPage(@RestClient ReportingApi reporting, SecurityIdentity identity,
            @ConfigProperty(name = "quarkus.rest-client.reporting.url") String reportingUrl) {
        this.reporting = reporting;
        this.identity = identity;
        this.reportingUrl = reportingUrl;
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

    /**
     * The submission's NAACCR XML, passed through as it arrives: a state's submission runs to gigabytes, more than
     * this service's heap, so it is never held here.
     */
    @GET
    @Path("/{id}/file")
    @Produces("application/xml")
    @Blocking
    public Response file(@RestPath UUID id) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(reportingUrl + "/api/v1/submissions/" + id + "/file"))
                .header("Authorization", "Bearer " + identity.getCredential(AccessTokenCredential.class).getToken())
                .build();
        HttpResponse<InputStream> upstream = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (upstream.statusCode() != 200) {
            upstream.body().close();
            return Response.status(upstream.statusCode()).type(MediaType.TEXT_PLAIN)
                    .entity("The reporting service has no file for submission " + id).build();
        }
        StreamingOutput xml = out -> {
            try (InputStream in = upstream.body()) {
                in.transferTo(out);
            }
        };
        return Response.ok(xml, "application/xml")
                .header("Content-Disposition", "attachment; filename=\"submission-" + id + ".xml\"").build();
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
