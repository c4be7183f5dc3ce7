package org.cancerregistry.intake.outbox;

import static org.cancerregistry.intake.Roles.REGISTRY_MANAGER;

import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** The events the relay set aside, for a registry manager to see and, once the cause is fixed, to release. */
@Path("/api/v1/outbox/set-aside")
@RolesAllowed(REGISTRY_MANAGER)
public class SetAsideEvents {

    private static final int LISTED = 1000;

    private final Pool database;

    SetAsideEvents(Pool database) {
        this.database = database;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Events the outbox relay set aside, oldest first (at most 1000)",
            description = "An event is set aside when the broker refuses it (larger than it takes, ...) or it failed "
                    + "outbox.max-attempts times; the relay goes on with the others. No payload is shown.")
    public Uni<List<SetAsideEvent>> list() {
        return database.preparedQuery("""
                SELECT id, topic, event_type, occurred_at, failed_attempts, set_aside_at, set_aside_reason FROM outbox_event
                WHERE set_aside_at IS NOT NULL AND published_at IS NULL ORDER BY set_aside_at, id LIMIT $1""")
                .execute(Tuple.of(LISTED))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(SetAsideEvents::event).toList());
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Release a set-aside event for another try by the relay")
    @APIResponse(responseCode = "202", description = "The relay tries it again on its next run")
    @APIResponse(responseCode = "404", description = "No set-aside event with this id",
            content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> retry(@RestPath UUID id) {
        return database.preparedQuery("""
                UPDATE outbox_event SET set_aside_at = NULL, set_aside_reason = NULL, failed_attempts = 0
                WHERE id = $1 AND set_aside_at IS NOT NULL AND published_at IS NULL""")
                .execute(Tuple.of(id))
                .map(result -> {
                    if (result.rowCount() == 0) {
                        throw new NotFoundException("No set-aside outbox event " + id);
                    }
                    return Response.accepted().build();
                });
    }

    private static SetAsideEvent event(Row row) {
        return new SetAsideEvent(row.getUUID("id"), row.getString("topic"), row.getString("event_type"),
                row.getOffsetDateTime("occurred_at").toInstant(), row.getInteger("failed_attempts"),
                row.getOffsetDateTime("set_aside_at").toInstant(), row.getString("set_aside_reason"));
    }
}
