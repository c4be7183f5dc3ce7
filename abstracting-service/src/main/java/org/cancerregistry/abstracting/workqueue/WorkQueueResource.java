package org.cancerregistry.abstracting.workqueue;

import static org.cancerregistry.abstracting.Roles.REGISTRAR;
import static org.cancerregistry.abstracting.Roles.REGISTRY_MANAGER;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.cancerregistry.abstracting.ApiExamples;
import org.cancerregistry.abstracting.problem.InvalidParameterException;
import org.cancerregistry.abstracting.problem.PageParameters;
import org.cancerregistry.abstracting.problem.ResultPage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/work-queue")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ REGISTRAR, REGISTRY_MANAGER })
public class WorkQueueResource {

    /** A registrar's linkage decision: an existing patient or tumor by id, or none for a new one. */
    public record LinkageDecision(UUID id) {
    }

    private final WorkQueueRepository queue;
    private final ReportLinking linking;
    private final SecurityIdentity caller;

    WorkQueueResource(WorkQueueRepository queue, ReportLinking linking, SecurityIdentity caller) {
        this.queue = queue;
        this.linking = linking;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The work queue, oldest report first unless sorted newest first",
            description = "By default the items that need a registrar: linkage to review, abstracts to complete. "
                    + "With reportId, the item of that pathology report whatever its status.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "one linked report", value = ApiExamples.WORK_QUEUE)))
    public Uni<ResultPage<WorkQueueEntry>> list(
            @RestQuery List<WorkQueueStatus> status,
            @RestQuery List<Reportability> reportability,
            @RestQuery UUID reportId,
            @Parameter(description = "oldest (default) or newest first") @RestQuery @DefaultValue("oldest") String sort,
            @RestQuery @DefaultValue("0") @Min(0) @Max(PageParameters.MAX_PAGE) int page,
            @RestQuery @DefaultValue("50") @Min(1) @Max(PageParameters.MAX_SIZE) int size) {
        List<WorkQueueStatus> statuses = status == null || status.isEmpty()
                ? List.of(WorkQueueStatus.LINKAGE_REVIEW, WorkQueueStatus.OPEN) : status;
        List<Reportability> reportabilities = reportability == null || reportability.isEmpty()
                ? List.of(Reportability.values()) : reportability;
        Uni<List<WorkQueueItem>> found = reportId != null
                ? queue.list("reportId", reportId)
                : queue.list(statuses, reportabilities, newestFirst(sort), Page.of(page, size));
        return found
                .map(items -> new ResultPage<>(items.stream().map(WorkQueueEntry::of).toList(), page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One work-queue item")
    public Uni<WorkQueueEntry> get(@RestPath UUID id) {
        return item(id).map(WorkQueueEntry::of);
    }

    @POST
    @Path("/{id}/patient-linkage")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide the patient of a queued report",
            description = "{\"id\": \"<patient id>\"} links the report to that registry patient (accepting a suggestion or "
                    + "choosing another); {\"id\": null} creates a new patient from the report. The tumor linkage runs again.")
    public Uni<WorkQueueEntry> decidePatient(@RestPath UUID id, LinkageDecision decision) {
        return Panache.withTransaction(() -> linking.decidePatient(id, decision == null ? null : decision.id(), actor()))
                .map(WorkQueueEntry::of);
    }

    @POST
    @Path("/{id}/tumor-linkage")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide the tumor of a queued report",
            description = "{\"id\": \"<tumor id>\"}: the same primary as that tumor of the patient; {\"id\": null}: a new primary.")
    public Uni<WorkQueueEntry> decideTumor(@RestPath UUID id, LinkageDecision decision) {
        return Panache.withTransaction(() -> linking.decideTumor(id, decision == null ? null : decision.id(), actor()))
                .map(WorkQueueEntry::of);
    }

    private static boolean newestFirst(String sort) {
        return switch (sort) {
            case "oldest" -> false;
            case "newest" -> true;
            default -> throw new InvalidParameterException("sort", "oldest or newest");
        };
    }

    private Uni<WorkQueueItem> item(UUID id) {
        return queue.findById(id).onItem().ifNull().failWith(() -> new NotFoundException("No work-queue item " + id));
    }

    private String actor() {
        return caller.getPrincipal().getName();
    }
}
