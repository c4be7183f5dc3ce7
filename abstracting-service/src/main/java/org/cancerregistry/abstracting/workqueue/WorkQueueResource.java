package org.cancerregistry.abstracting.workqueue;

import static org.cancerregistry.abstracting.Roles.REGISTRAR;
import static org.cancerregistry.abstracting.Roles.REGISTRY_MANAGER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/work-queue")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ REGISTRAR, REGISTRY_MANAGER })
public class WorkQueueResource {

    private final WorkQueueRepository queue;

    WorkQueueResource(WorkQueueRepository queue) {
        this.queue = queue;
    }

    @GET
    @Operation(summary = "The open work queue, oldest report first")
    public Uni<ResultPage<WorkQueueEntry>> open(
            @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue("50") @Min(1) @Max(500) int size) {
        return queue.listOpen(Page.of(page, size))
                .map(items -> new ResultPage<>(items.stream().map(WorkQueueEntry::of).toList(), page, size));
    }
}
