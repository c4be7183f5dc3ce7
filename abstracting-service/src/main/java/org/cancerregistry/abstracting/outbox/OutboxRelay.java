package org.cancerregistry.abstracting.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.cancerregistry.abstracting.event.TumorAbstractChanged;
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
 * instances of the service can relay side by side without sending an event twice at the same time.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH_SIZE = 500;
    private static final Duration BROKER_TIMEOUT = Duration.ofSeconds(30);
    static final int MAX_FAILED_ATTEMPTS = 5;

    private final AgroalDataSource database;
    private final OutboxMonitor monitor;
    private final MutinyEmitter<String> tumorAbstracts;
    private volatile Consumer<String> beforeEachSend = key -> { };

    OutboxRelay(AgroalDataSource database, OutboxMonitor monitor,
            @Channel(TumorAbstractChanged.TOPIC) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2 * BATCH_SIZE)
            MutinyEmitter<String> tumorAbstracts) {
        this.database = database;
        this.monitor = monitor;
        this.tumorAbstracts = tumorAbstracts;
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
     * Publishes one batch; returns how many events it took (published or set aside). An event that cannot be published
     * does not hold up the others: it is set aside at once when the broker can never take it (too large, no channel),
     * or after {@link #MAX_FAILED_ATTEMPTS} runs in which it failed while others of its batch were published. Failing
     * alone, it is not counted: that looks like a broker outage, which must not set every event aside.
     */
    int relayBatch() throws SQLException {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            List<Waiting> batch = new ArrayList<>();
            try (var select = connection.prepareStatement("""
                    SELECT id, topic, event_key, payload, failed_attempts FROM outbox_event
                    WHERE published_at IS NULL AND set_aside_at IS NULL ORDER BY occurred_at, id LIMIT ? FOR UPDATE SKIP LOCKED""")) {
                select.setInt(1, BATCH_SIZE);
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        batch.add(new Waiting(rows.getObject("id", UUID.class), rows.getInt("failed_attempts"),
                                send(rows.getString("topic"), rows.getString("event_key"), rows.getString("payload"))));
                    }
                }
            }
            if (batch.isEmpty()) {
                connection.rollback();
                return 0;
            }
            List<Optional<Throwable>> outcomes = Uni.join().all(batch.stream().map(Waiting::outcome).toList()).andFailFast()
                    .await().atMost(BROKER_TIMEOUT);
            List<UUID> published = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                if (outcomes.get(i).isEmpty()) {
                    published.add(batch.get(i).id());
                }
            }
            try (var update = connection.prepareStatement("UPDATE outbox_event SET published_at = now() WHERE id = ANY (?)")) {
                update.setArray(1, connection.createArrayOf("uuid", published.toArray()));
                update.executeUpdate();
            }
            int setAside = 0;
            for (int i = 0; i < batch.size(); i++) {
                Optional<Throwable> failure = outcomes.get(i);
                if (failure.isPresent() && (neverPublishable(failure.get()) || !published.isEmpty())) {
                    setAside += failed(connection, batch.get(i), failure.get()) ? 1 : 0;
                }
            }
            connection.commit();
            if (published.size() + setAside < batch.size()) {
                monitor.relayFailed();
                LOG.warnf("Outbox relay: %d of %d events not published; they are tried again on the next run",
                        batch.size() - published.size() - setAside, batch.size());
            }
            return published.size() + setAside == batch.size() ? batch.size() : 0;
        }
    }

    private record Waiting(UUID id, int failedAttempts, Uni<Optional<Throwable>> outcome) {
    }

    /** Counts a failed attempt; sets the event aside when it can never be published or failed too often. True when set aside. */
    private boolean failed(Connection connection, Waiting event, Throwable failure) throws SQLException {
        boolean setAside = neverPublishable(failure) || event.failedAttempts() + 1 >= MAX_FAILED_ATTEMPTS;
        try (var update = connection.prepareStatement("""
                UPDATE outbox_event SET failed_attempts = failed_attempts + 1,
                    set_aside_at = CASE WHEN ? THEN now() END, set_aside_reason = CASE WHEN ? THEN ? END
                WHERE id = ?""")) {
            update.setBoolean(1, setAside);
            update.setBoolean(2, setAside);
            update.setString(3, reason(failure, event.failedAttempts() + 1));
            update.setObject(4, event.id());
            update.executeUpdate();
        }
        if (setAside) {
            LOG.warnf("Outbox event %s set aside: %s", event.id(), reason(failure, event.failedAttempts() + 1));
        }
        return setAside;
    }

    private static boolean neverPublishable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                    || cause instanceof InvalidTopicException || cause instanceof SerializationException || cause instanceof NoChannel) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Throwable failure, int attempts) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof ApiException)) {
            root = root.getCause();
        }
        String reason = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage())
                + (neverPublishable(failure) ? "" : " (failed " + attempts + " times while other events were published)");
        return reason.length() <= 500 ? reason : reason.substring(0, 500) + "…";
    }

    /** An event of a topic this service has no channel for. */
    private static class NoChannel extends IllegalStateException {

        NoChannel(String topic) {
            super("no channel for topic " + topic);
        }
    }

    /** Lets a test fail a run from inside, the way a send once failed with an OutOfMemoryError; called with each event's key. */
    void beforeEachSend(Consumer<String> hook) {
        beforeEachSend = hook;
    }

    /** The outcome of sending one event: empty once the broker acknowledged it, else the failure. */
    private Uni<Optional<Throwable>> send(String topic, String key, String payload) {
        Uni<Void> sent;
        try {
            beforeEachSend.accept(key);
            sent = TumorAbstractChanged.TOPIC.equals(topic)
                    ? tumorAbstracts.sendMessage(Message.of(payload).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                            .withKey(key).build()))
                    : Uni.createFrom().failure(new NoChannel(topic));
        } catch (RuntimeException failure) {
            sent = Uni.createFrom().failure(failure);
        }
        return sent.onItemOrFailure().transform((ok, failure) -> Optional.ofNullable(failure));
    }
}
