package org.cancerregistry.abstracting.deadletter;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import org.cancerregistry.abstracting.event.EventNotHandled;
import org.cancerregistry.abstracting.followup.FollowUpConsumer;
import org.cancerregistry.abstracting.followup.FollowUpRecorded;
import org.cancerregistry.abstracting.report.PathologyReportReceived;
import org.cancerregistry.abstracting.workqueue.PathologyReportConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Replays a dead letter through the same logic as the consumer of its topic, which ignores an event id it
 * handled before, so a replay never stores an event twice. The outcome is recorded on the row: one that fails
 * again stays listed with the new reason.
 */
@ApplicationScoped
public class DeadLetterReplay {

    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);

    private final DeadLetters deadLetters;
    private final PathologyReportConsumer pathologyReports;
    private final FollowUpConsumer followUps;
    private final String pathologyReportsTopic;
    private final String followUpResultsTopic;
    private final Clock clock;

    /** The topics are those the consumers' channels read: the platform's, or the tests' own copies. */
    DeadLetterReplay(DeadLetters deadLetters, PathologyReportConsumer pathologyReports, FollowUpConsumer followUps,
            @ConfigProperty(name = "mp.messaging.incoming." + PathologyReportReceived.TOPIC + ".topic") String pathologyReportsTopic,
            @ConfigProperty(name = "mp.messaging.incoming." + FollowUpRecorded.TOPIC + ".topic") String followUpResultsTopic,
            Clock clock) {
        this.deadLetters = deadLetters;
        this.pathologyReports = pathologyReports;
        this.followUps = followUps;
        this.pathologyReportsTopic = pathologyReportsTopic;
        this.followUpResultsTopic = followUpResultsTopic;
        this.clock = clock;
    }

    public Uni<DeadLetter> replay(long id, String actor) {
        return Panache.withSession(() -> deadLetters.findById(id))
                .onItem().ifNull().failWith(() -> new NotFoundException("No dead letter " + id))
                .flatMap(letter -> consumerOf(letter.sourceTopic).apply(letter.payload)
                        .replaceWith((String) null)
                        .onFailure().recoverWithItem(EventNotHandled::reason))
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
        if (pathologyReportsTopic.equals(topic)) {
            return pathologyReports::consume;
        }
        if (followUpResultsTopic.equals(topic)) {
            return followUps::consume;
        }
        return payload -> Uni.createFrom().failure(new EventNotHandled("no consumer of topic " + topic + " to replay it"));
    }
}
