package org.cancerregistry.intake.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.cancerregistry.intake.event.PathologyReportReceived;
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

    private final AgroalDataSource database;
    private final OutboxMonitor monitor;
    private final MutinyEmitter<String> pathologyReports;
    private volatile Consumer<String> beforeEachSend = key -> { };

    OutboxRelay(AgroalDataSource database, OutboxMonitor monitor,
            @Channel(PathologyReportReceived.TOPIC) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2 * BATCH_SIZE)
            MutinyEmitter<String> pathologyReports) {
        this.database = database;
        this.monitor = monitor;
        this.pathologyReports = pathologyReports;
    }

    // Delayed at start: the Kafka emitter connects after the scheduler has started.
    @Scheduled(every = "${outbox.relay-interval:PT1S}", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
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

    /** Publishes one batch; returns how many events it published. */
    int relayBatch() throws SQLException {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            List<UUID> published = new ArrayList<>();
            List<Uni<Void>> sends = new ArrayList<>();
            try (var select = connection.prepareStatement("""
                    SELECT id, topic, event_key, payload FROM outbox_event
                    WHERE published_at IS NULL ORDER BY occurred_at, id LIMIT ? FOR UPDATE SKIP LOCKED""")) {
                select.setInt(1, BATCH_SIZE);
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        published.add(rows.getObject("id", UUID.class));
                        sends.add(send(rows.getString("topic"), rows.getString("event_key"), rows.getString("payload")));
                    }
                }
            }
            if (published.isEmpty()) {
                connection.rollback();
                return 0;
            }
            Uni.join().all(sends).andFailFast().await().atMost(BROKER_TIMEOUT);
            try (var update = connection.prepareStatement(
                    "UPDATE outbox_event SET published_at = now() WHERE id = ANY (?)")) {
                update.setArray(1, connection.createArrayOf("uuid", published.toArray()));
                update.executeUpdate();
            }
            connection.commit();
            return published.size();
        }
    }

    /** Lets a test fail a run from inside, the way a send once failed with an OutOfMemoryError; called with each event's key. */
    void beforeEachSend(Consumer<String> hook) {
        beforeEachSend = hook;
    }

    private Uni<Void> send(String topic, String key, String payload) {
        beforeEachSend.accept(key);
        if (!PathologyReportReceived.TOPIC.equals(topic)) {
            return Uni.createFrom().failure(new IllegalStateException("no channel for topic " + topic));
        }
        return pathologyReports.sendMessage(Message.of(payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build()));
    }
}
