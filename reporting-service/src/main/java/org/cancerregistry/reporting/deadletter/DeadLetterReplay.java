package org.cancerregistry.reporting.deadletter;

import java.time.Instant;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import org.cancerregistry.reporting.store.FollowUpRecorded;
import org.cancerregistry.reporting.store.ReportingConsumers;
import org.cancerregistry.reporting.store.TumorAbstractChanged;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Replays a dead letter through the same logic as the consumer of its topic ({@link ReportingConsumers}: read the
 * event, then the {@code ReportingStore} method that ignores an event id it stored before), so a replay never stores
 * an event twice. The outcome is recorded on the row: one that fails again stays listed with the new reason.
 */
@ApplicationScoped
public class DeadLetterReplay {

    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);

    private final DeadLetters deadLetters;
    private final ReportingConsumers consumers;
    private final String tumorAbstractsTopic;
    private final String followUpResultsTopic;

    /** The topics are those the consumers' channels read: the platform's, or the tests' own copies. */
    DeadLetterReplay(DeadLetters deadLetters, ReportingConsumers consumers,
            @ConfigProperty(name = "mp.messaging.incoming." + TumorAbstractChanged.TOPIC + ".topic") String tumorAbstractsTopic,
            @ConfigProperty(name = "mp.messaging.incoming." + FollowUpRecorded.TOPIC + ".topic") String followUpResultsTopic) {
        this.deadLetters = deadLetters;
        this.consumers = consumers;
        this.tumorAbstractsTopic = tumorAbstractsTopic;
        this.followUpResultsTopic = followUpResultsTopic;
    }

    public Uni<DeadLetter> replay(long id, String actor) {
        return Panache.withSession(() -> deadLetters.findById(id))
                .onItem().ifNull().failWith(() -> new NotFoundException("No dead letter " + id))
                .flatMap(letter -> consumerOf(letter.sourceTopic).apply(letter.payload)
                        .replaceWith((String) null)
                        .onFailure().recoverWithItem(DeadLetterReasons::of))
                .flatMap(failure -> Panache.withTransaction(() -> deadLetters.findById(id).invoke(letter -> {
                    letter.replayedAt = Instant.now();
                    letter.replayResult = failure == null ? ReplayResult.STORED : ReplayResult.FAILED;
                    if (failure != null) {
                        letter.reason = failure;
                    }
                    LOG.infof("Dead letter %s replayed by %s: %s", id, actor, letter.replayResult);
                })));
    }

    private Function<String, Uni<Void>> consumerOf(String topic) {
        if (tumorAbstractsTopic.equals(topic)) {
            return payload -> payload == null ? empty("TumorAbstractChanged") : consumers.abstractChanged(payload);
        }
        if (followUpResultsTopic.equals(topic)) {
            return payload -> payload == null ? empty("FollowUpRecorded") : consumers.followUpRecorded(payload);
        }
        return payload -> Uni.createFrom().failure(new IllegalStateException("no consumer of topic " + topic + " to replay it"));
    }

    private static Uni<Void> empty(String event) {
        return Uni.createFrom().failure(new IllegalArgumentException("empty " + event + " record"));
    }
}
