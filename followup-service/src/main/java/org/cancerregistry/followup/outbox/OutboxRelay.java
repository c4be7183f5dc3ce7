package org.cancerregistry.followup.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.cancerregistry.followup.event.FollowUpRecorded;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes outbox events to Kafka, oldest first, and marks them published only after the broker
 * acknowledged them: at least once. A relay that stops between the two sends the batch again after
 * a restart, and consumers deduplicate by event id. Rows are locked with SKIP LOCKED, so several
 * instances of the service can relay side by side without sending an event twice at the same time. An event that
 * cannot be published is set aside with its reason, and the relay goes on with the rest: one event never blocks the
 * outbox.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH_SIZE = 500;
    private static final Duration BROKER_TIMEOUT = Duration.ofSeconds(30);

    private final AgroalDataSource database;
    private final OutboxMonitor monitor;
    private final MutinyEmitter<String> followupResults;
    private final int maxAttempts;
    private volatile Consumer<String> beforeEachSend = key -> { };

    OutboxRelay(AgroalDataSource database, OutboxMonitor monitor,
            @Channel(FollowUpRecorded.TOPIC) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2 * BATCH_SIZE)
            MutinyEmitter<String> followupResults,
            @ConfigProperty(name = "outbox.max-attempts", defaultValue = "5") int maxAttempts) {
        this.database = database;
        this.maxAttempts = maxAttempts;
        this.monitor = monitor;
        this.followupResults = followupResults;
    }

    // Not before the application has started: the Kafka emitter connects after the scheduler does, and a first start
    // on a busy machine can take longer than any fixed delay.
    @Scheduled(every = "${outbox.relay-interval:PT1S}", skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        // Nothing may escape a run, not even an Error: one thrown to the scheduler can leave its skip flag set
        // (an OutOfMemoryError did), and then the relay never runs again. The next run retries instead.
        try {
            monitor.refreshGauges();
            while (relayBatch() == BATCH_SIZE) {
                // a full batch: there may be more waiting
            }
        } catch (Throwable failure) {
            monitor.relayFailed();
            LOG.warnf("Outbox relay failed (%s); it retries on its next run", failure.getClass().getSimpleName());
        }
    }

    /**
     * Publishes one batch; returns how many events it took (published, failed or set aside). An event that cannot be
     * published is set aside at once when the broker can never take it (too large, no channel), or after
     * {@code outbox.max-attempts} failed runs; the others of the batch are published all the same.
     */
    int relayBatch() throws SQLException {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            List<UUID> taken = new ArrayList<>();
            List<Uni<Optional<Throwable>>> sends = new ArrayList<>();
            try (var select = connection.prepareStatement("""
                    SELECT id, topic, event_key, payload FROM outbox_event
                    WHERE published_at IS NULL AND set_aside_at IS NULL ORDER BY occurred_at, id LIMIT ? FOR UPDATE SKIP LOCKED""")) {
                select.setInt(1, BATCH_SIZE);
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        taken.add(rows.getObject("id", UUID.class));
                        sends.add(send(rows.getString("topic"), rows.getString("event_key"), rows.getString("payload"))
                                .map(sent -> Optional.<Throwable>empty())
                                .onFailure().recoverWithItem(Optional::of));
                    }
                }
            }
            if (taken.isEmpty()) {
                connection.rollback();
                return 0;
            }
            List<Optional<Throwable>> outcomes = Uni.join().all(sends).andFailFast().await().atMost(BROKER_TIMEOUT);
            List<UUID> published = new ArrayList<>();
            try (var failed = connection.prepareStatement("""
                    UPDATE outbox_event SET failed_attempts = failed_attempts + 1,
                        set_aside_at = CASE WHEN ? OR failed_attempts + 1 >= ? THEN now() END,
                        set_aside_reason = CASE WHEN ? OR failed_attempts + 1 >= ? THEN ? END
                    WHERE id = ? RETURNING set_aside_at IS NOT NULL""")) {
                for (int i = 0; i < taken.size(); i++) {
                    Optional<Throwable> failure = outcomes.get(i);
                    if (failure.isEmpty()) {
                        published.add(taken.get(i));
                    } else if (failed(failed, taken.get(i), failure.get())) {
                        monitor.setAside();
                        LOG.warnf("Outbox event %s set aside: %s", taken.get(i), reason(failure.get()));
                    }
                }
            }
            try (var update = connection.prepareStatement(
                    "UPDATE outbox_event SET published_at = now() WHERE id = ANY (?)")) {
                update.setArray(1, connection.createArrayOf("uuid", published.toArray()));
                update.executeUpdate();
            }
            connection.commit();
            return taken.size();
        }
    }

    /** Counts a failed attempt; answers whether the event is now set aside. */
    private boolean failed(PreparedStatement update, UUID id, Throwable failure) throws SQLException {
        boolean unpublishable = unpublishable(failure);
        update.setBoolean(1, unpublishable);
        update.setInt(2, maxAttempts);
        update.setBoolean(3, unpublishable);
        update.setInt(4, maxAttempts);
        update.setString(5, (unpublishable ? "cannot be published: " : maxAttempts + " attempts failed, the last: ") + reason(failure));
        update.setObject(6, id);
        try (var row = update.executeQuery()) {
            return row.next() && row.getBoolean(1);
        }
    }

    /** Failures that no retry can cure: the broker refuses the record itself, or there is nowhere to send it. */
    private static boolean unpublishable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RecordTooLargeException || cause instanceof InvalidTopicException
                    || cause instanceof SerializationException || cause instanceof NoChannelException) {
                return true;
            }
        }
        return false;
    }

    /** Why, without the payload: Kafka's messages name sizes and topics only; other messages are left out. */
    private static String reason(Throwable failure) {
        Throwable cause = failure;
        while (!(cause instanceof KafkaException) && !(cause instanceof NoChannelException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String reason = cause instanceof KafkaException || cause instanceof NoChannelException
                ? cause.getClass().getSimpleName() + ": " + cause.getMessage()
                : failure.getClass().getSimpleName();
        return reason.length() > 500 ? reason.substring(0, 500) : reason;
    }

    /** An event whose topic the service has no channel for. */
    static final class NoChannelException extends RuntimeException {

        NoChannelException(String topic) {
            super("no channel for topic " + topic);
        }
    }

    /**
     * Lets a test fail from inside, called with each event's key: an Error fails the run, the way a send once failed with an
     * OutOfMemoryError; a RuntimeException fails that event's send.
     */
    void beforeEachSend(Consumer<String> hook) {
        beforeEachSend = hook;
    }

    private Uni<Void> send(String topic, String key, String payload) {
        try {
            beforeEachSend.accept(key);
        } catch (RuntimeException failure) {
            return Uni.createFrom().failure(failure);
        }
        if (!FollowUpRecorded.TOPIC.equals(topic)) {
            return Uni.createFrom().failure(new NoChannelException(topic));
        }
        return followupResults.sendMessage(Message.of(payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build()));
    }
}
