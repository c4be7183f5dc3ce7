package org.cancerregistry.abstracting.deadletter;

import static org.cancerregistry.abstracting.Roles.REGISTRY_MANAGER;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.cancerregistry.abstracting.problem.PageParameters;
import org.cancerregistry.abstracting.problem.ResultPage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.panache.common.Page;
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
    @Operation(summary = "Events this service's consumers sent to a dead-letter topic, newest first, with the reason")
    public Uni<ResultPage<DeadLetterEntry>> list(@RestQuery @DefaultValue("0") @Min(0) @Max(PageParameters.MAX_PAGE) int page,
            @RestQuery @DefaultValue("50") @Min(1) @Max(PageParameters.MAX_SIZE) int size) {
        return deadLetters.newestFirst(Page.of(page, size))
                .map(letters -> new ResultPage<>(letters.stream().map(DeadLetterEntry::of).toList(), page, size));
    }

    @POST
    @Path("/{id}/replay")
    @Operation(summary = "Replay a dead letter through its consumer's logic, once its cause is fixed",
            description = "Idempotent by event id: an event handled before changes nothing. The answer says how it went: "
                    + "STORED, or FAILED with the new reason (the dead letter stays listed).")
    public Uni<DeadLetterEntry> replay(@RestPath long id) {
        return replay.replay(id, caller.getPrincipal().getName()).map(DeadLetterEntry::of);
    }
}
