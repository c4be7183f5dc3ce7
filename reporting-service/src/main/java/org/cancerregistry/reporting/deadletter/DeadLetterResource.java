package org.cancerregistry.reporting.deadletter;

import static org.cancerregistry.reporting.Roles.REGISTRY_MANAGER;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.cancerregistry.reporting.problem.PageRequest;
import org.cancerregistry.reporting.problem.ResultPage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(REGISTRY_MANAGER)
public class DeadLetterResource {

    /** A dead letter as listed: where it came from and why it failed, never its payload or key. */
    public record DeadLetterEntry(long id, String topic, String sourceTopic, Integer sourcePartition, Long sourceOffset,
            String reason, Instant firstSeenAt, Instant replayedAt, ReplayResult replayResult) {

        public static DeadLetterEntry of(DeadLetter letter) {
            return new DeadLetterEntry(letter.id, letter.topic, letter.sourceTopic, letter.sourcePartition, letter.sourceOffset,
                    letter.reason, letter.firstSeenAt, letter.replayedAt, letter.replayResult);
        }
    }

    private final DeadLetters deadLetters;
    private final DeadLetterReplay replay;
    private final SecurityIdentity caller;

    DeadLetterResource(DeadLetters deadLetters, DeadLetterReplay replay, SecurityIdentity caller) {
        this.deadLetters = deadLetters;
        this.replay = replay;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Events this service's consumers sent to a dead-letter topic, newest first, with the reason",
            description = "Without payloads or keys (patient data).")
    public Uni<ResultPage<DeadLetterEntry>> list(
            @Parameter(description = "0 to 1000000", schema = @Schema(type = SchemaType.INTEGER)) @RestQuery @DefaultValue("0") String page,
            @Parameter(description = "1 to 500", schema = @Schema(type = SchemaType.INTEGER)) @RestQuery @DefaultValue("50") String size) {
        PageRequest asked = PageRequest.of(page, size, 500);
        return deadLetters.newestFirst(asked.toPage())
                .map(letters -> new ResultPage<>(letters.stream().map(DeadLetterEntry::of).toList(), asked.page(), asked.size()));
    }

    @POST
    @Path("/{id}/replay")
    @Operation(summary = "Replay a dead letter through its consumer's logic, once its cause is fixed",
            description = "Idempotent by event id: an event handled before changes nothing. The answer says how it went: "
                    + "STORED, or FAILED with the new reason (the dead letter stays listed). 404 for an unknown id.")
    public Uni<DeadLetterEntry> replay(@RestPath long id) {
        return replay.replay(id, caller.getPrincipal().getName()).map(DeadLetterEntry::of);
    }
}
