package org.cancerregistry.followup.deadletter;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import org.cancerregistry.followup.abstracts.AbstractConsumer;
import org.cancerregistry.followup.abstracts.TumorAbstractChanged;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Replays a dead letter through the same logic as the consumer of its topic ({@link AbstractConsumer#consume}: read
 * the event, then {@code AbstractIntake.receive}, which ignores an event id it handled before), so a replay never
 * applies an event twice. The outcome is recorded on the row: one that fails again stays listed with the new reason.
 */
@ApplicationScoped
public class DeadLetterReplay {

    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);

    private final DeadLetters deadLetters;
    private final AbstractConsumer abstracts;
    private final String tumorAbstractsTopic;
    private final Clock clock;

    /** The topic is the one the consumer's channel reads: the platform's, or the tests' own copy. */
    DeadLetterReplay(DeadLetters deadLetters, AbstractConsumer abstracts,
            @ConfigProperty(name = "mp.messaging.incoming." + TumorAbstractChanged.TOPIC + ".topic") String tumorAbstractsTopic,
            Clock clock) {
        this.deadLetters = deadLetters;
        this.abstracts = abstracts;
        this.tumorAbstractsTopic = tumorAbstractsTopic;
        this.clock = clock;
    }

    public Uni<DeadLetter> replay(long id, String actor) {
        return Panache.withSession(() -> deadLetters.findById(id))
                .onItem().ifNull().failWith(() -> new NotFoundException("No dead letter " + id))
                .flatMap(letter -> consumerOf(letter.sourceTopic).apply(letter.payload)
                        .replaceWith((String) null)
                        .onFailure().recoverWithItem(DeadLetterReasons::of))
                .flatMap(failure -> Panache.withTransaction(() -> deadLetters.findById(id).invoke(letter -> {
                    letter.replayedAt = Instant.now(clock);
                    letter.replayResult = failure == null ? ReplayResult.STORED : ReplayResult.FAILED;
                    if (failure != null) {
                        letter.reason = failure;
                    }
                    LOG.infof("Dead letter %s replayed by %s: %s", id, actor, letter.replayResult);
                })));
    }

    private Function<String, Uni<Void>> consumerOf(String topic) {
        if (tumorAbstractsTopic.equals(topic)) {
            return payload -> payload == null
                    ? Uni.createFrom().failure(new IllegalArgumentException("empty TumorAbstractChanged record"))
                    : abstracts.consume(payload);
        }
        return payload -> Uni.createFrom().failure(new IllegalStateException("no consumer of topic " + topic + " to replay it"));
    }
}
