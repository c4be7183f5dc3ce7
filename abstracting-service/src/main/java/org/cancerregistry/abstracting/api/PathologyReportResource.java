package org.cancerregistry.abstracting.api;

import static org.cancerregistry.abstracting.Roles.REGISTRAR;
import static org.cancerregistry.abstracting.Roles.REGISTRY_MANAGER;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cancerregistry.abstracting.problem.PageParameters;
import org.cancerregistry.abstracting.problem.ResultPage;
import org.cancerregistry.abstracting.report.PathologyReportRepository;
import org.cancerregistry.abstracting.workqueue.ReportLinking;
import org.cancerregistry.abstracting.workqueue.WorkQueueRepository;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/pathology-reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ REGISTRAR, REGISTRY_MANAGER })
public class PathologyReportResource {

    private final PathologyReportRepository reports;
    private final WorkQueueRepository queue;
    private final ReportLinking linking;

    PathologyReportResource(PathologyReportRepository reports, WorkQueueRepository queue, ReportLinking linking) {
        this.reports = reports;
        this.queue = queue;
        this.linking = linking;
    }

    @GET
    @Operation(summary = "Pathology reports received from intake, newest first",
            description = "All of them, or those of one reportability (REPORTABLE, NEEDS_REVIEW, NOT_REPORTABLE): the reports "
                    + "screened as not reportable are kept and listed here, not queued.")
    public Uni<ResultPage<ReportSummary>> list(@RestQuery String reportability,
            @RestQuery @DefaultValue("0") @Min(0) @Max(PageParameters.MAX_PAGE) int page,
            @RestQuery @DefaultValue("50") @Min(1) @Max(PageParameters.MAX_SIZE) int size) {
        return reports.listNewestFirst(reportability, Page.of(page, size))
                .map(list -> new ResultPage<>(list.stream().map(ReportSummary::of).toList(), page, size));
    }

    @POST
    @Path("/{id}/work-queue-item")
    @Operation(summary = "Queue a report the screening did not queue: the registrar overrides the screening",
            description = "Links it like any queued report. 409 when the report is queued already.")
    public Uni<Response> queue(@RestPath UUID id) {
        return Panache.withTransaction(() -> reports.findById(id)
                .onItem().ifNull().failWith(() -> new NotFoundException("No pathology report " + id))
                .flatMap(report -> queue.count("reportId", id).flatMap(queued -> {
                    if (queued > 0) {
                        return Uni.createFrom().failure(new ClientErrorException("The report is queued already.", Response.Status.CONFLICT));
                    }
                    return linking.queue(report);
                })))
                .replaceWith(() -> Response.status(Response.Status.CREATED).build());
    }
}
