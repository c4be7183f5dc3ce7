package org.cancerregistry.followup.outbox;

import static org.cancerregistry.followup.Roles.REGISTRY_MANAGER;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cancerregistry.followup.problem.PageRequest;
import org.cancerregistry.followup.problem.ResultPage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/outbox/set-aside")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(REGISTRY_MANAGER)
public class SetAsideResource {

    /** An event set aside, without its payload (patient data) or key. */
    public record SetAsideEvent(UUID id, String topic, String eventType, Instant occurredAt, int failedAttempts, Instant setAsideAt,
            String reason) {

        static SetAsideEvent of(OutboxEvent event) {
            return new SetAsideEvent(event.id, event.topic, event.eventType, event.occurredAt, event.failedAttempts, event.setAsideAt,
                    event.setAsideReason);
        }
    }

    private final Outbox outbox;

    SetAsideResource(Outbox outbox) {
        this.outbox = outbox;
    }

    @GET
    @Operation(summary = "Events the outbox relay set aside because they cannot be published, most recent first",
            description = "Too large for the broker, no channel for their topic, or failing outbox.max-attempts runs in a row; the "
                    + "relay went on with the events behind them. Without payloads.")
    public Uni<ResultPage<SetAsideEvent>> list(
            @Parameter(description = "0 to 1000000", schema = @Schema(type = SchemaType.INTEGER)) @RestQuery @DefaultValue("0") String page,
            @Parameter(description = "1 to 500", schema = @Schema(type = SchemaType.INTEGER)) @RestQuery @DefaultValue("50") String size) {
        PageRequest asked = PageRequest.of(page, size, 500);
        return outbox.setAside(asked.toPage())
                .map(events -> new ResultPage<>(events.stream().map(SetAsideEvent::of).toList(), asked.page(), asked.size()));
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Put a set-aside event back in line, after the cause was fixed",
            description = "202: the relay publishes it on its next run, or sets it aside again. 404 for an event not set aside.")
    public Uni<Response> retry(@RestPath UUID id) {
        return Panache.withTransaction(() -> outbox.retry(id)).map(retried -> {
            if (!retried) {
                throw new NotFoundException("No set-aside event " + id);
            }
            return Response.accepted().build();
        });
    }
}
