package org.cancerregistry.intake.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.cancerregistry.intake.event.PathologyReportReceived;
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
 * cannot be published is set aside with its reason, and the relay goes on with the others.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH_SIZE = 500;
    private static final Duration BROKER_TIMEOUT = Duration.ofSeconds(30);

    private final AgroalDataSource database;
    private final OutboxMonitor monitor;
    private final MutinyEmitter<String> pathologyReports;
    private final int maxAttempts;
    private volatile Consumer<String> beforeEachSend = key -> { };

    OutboxRelay(AgroalDataSource database, OutboxMonitor monitor,
            @Channel(PathologyReportReceived.TOPIC) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2 * BATCH_SIZE)
            MutinyEmitter<String> pathologyReports,
            @ConfigProperty(name = "outbox.max-attempts", defaultValue = "5") int maxAttempts) {
        this.database = database;
        this.monitor = monitor;
        this.pathologyReports = pathologyReports;
        this.maxAttempts = maxAttempts;
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

    /** Publishes one batch; returns how many of its events it published or set aside. */
    int relayBatch() throws SQLException {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            List<UUID> ids = new ArrayList<>();
            List<Uni<Optional<Throwable>>> sends = new ArrayList<>();
            try (var select = connection.prepareStatement("""
                    SELECT id, topic, event_key, payload FROM outbox_event
                    WHERE published_at IS NULL AND set_aside_at IS NULL
                    ORDER BY occurred_at, id LIMIT ? FOR UPDATE SKIP LOCKED""")) {
                select.setInt(1, BATCH_SIZE);
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getObject("id", UUID.class));
                        sends.add(send(rows.getString("topic"), rows.getString("event_key"), rows.getString("payload"))
                                .map(sent -> Optional.<Throwable>empty())
                                .onFailure().recoverWithItem(Optional::of));
                    }
                }
            }
            if (ids.isEmpty()) {
                connection.rollback();
                return 0;
            }
            // A broker that does not answer fails the run here, before anything is marked: no event is set aside for an outage.
            List<Optional<Throwable>> outcomes = Uni.join().all(sends).andFailFast().await().atMost(BROKER_TIMEOUT);
            List<UUID> published = new ArrayList<>();
            int setAside = 0;
            for (int i = 0; i < ids.size(); i++) {
                Optional<Throwable> failure = outcomes.get(i);
                if (failure.isEmpty()) {
                    published.add(ids.get(i));
                } else if (failed(connection, ids.get(i), failure.get())) {
                    setAside++;
                }
            }
            try (var update = connection.prepareStatement(
                    "UPDATE outbox_event SET published_at = now() WHERE id = ANY (?)")) {
                update.setArray(1, connection.createArrayOf("uuid", published.toArray()));
                update.executeUpdate();
            }
            connection.commit();
            return published.size() + setAside;
        }
    }

    /**
     * Counts a failed send of one event, and sets the event aside when it can never succeed as it is (the broker
     * refuses it) or failed {@code outbox.max-attempts} times. Failures of a broker that cannot be reached count
     * for no event. Returns whether the event was set aside.
     */
    private boolean failed(Connection connection, UUID id, Throwable failure) throws SQLException {
        if (PublishFailures.isUnreachableBroker(failure)) {
            return false;
        }
        Optional<String> refused = PublishFailures.refusal(failure);
        try (var update = connection.prepareStatement("""
                UPDATE outbox_event SET failed_attempts = failed_attempts + 1,
                    set_aside_at = CASE WHEN ? OR failed_attempts + 1 >= ? THEN now() END,
                    set_aside_reason = CASE WHEN ? THEN ? WHEN failed_attempts + 1 >= ? THEN ? END
                WHERE id = ? RETURNING set_aside_at IS NOT NULL AS set_aside""")) {
            update.setBoolean(1, refused.isPresent());
            update.setInt(2, maxAttempts);
            update.setBoolean(3, refused.isPresent());
            update.setString(4, refused.orElse(null));
            update.setInt(5, maxAttempts);
            update.setString(6, "failed " + maxAttempts + " times: " + PublishFailures.describe(failure));
            update.setObject(7, id);
            try (var row = update.executeQuery()) {
                boolean setAside = row.next() && row.getBoolean("set_aside");
                if (setAside) {
                    LOG.warnf("Outbox event %s set aside: %s", id, refused.orElse(PublishFailures.describe(failure)));
                }
                return setAside;
            }
        }
    }

    /**
     * Lets a test fail sends from inside, called with each event's key: an Error fails the whole run, the way a send once
     * failed with an OutOfMemoryError; a RuntimeException fails the send of that event.
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
        if (!PathologyReportReceived.TOPIC.equals(topic)) {
            return Uni.createFrom().failure(new PublishFailures.NoChannel(topic));
        }
        return pathologyReports.sendMessage(Message.of(payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build()));
    }
}
