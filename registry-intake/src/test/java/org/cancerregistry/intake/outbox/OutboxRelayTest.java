package org.cancerregistry.intake.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cancerregistry.intake.event.PathologyReportReceived;
import org.cancerregistry.intake.event.PathologyReportsTopic;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OutboxRelayTest {

    @Inject
    AgroalDataSource database;

    @Inject
    OutboxRelay relay;

    @Test
    void shouldPublishEventsLeftWhileTheRelayWasDownExactlyOnce() throws Exception {
        String marker = UUID.randomUUID().toString();
        List<UUID> waiting = new ArrayList<>();
        try (PathologyReportsTopic topic = new PathologyReportsTopic()) {
            for (int i = 0; i < 5; i++) {
                waiting.add(waitingEvent(marker, i));
            }

            List<ConsumerRecord<String, String>> published = topic.read(r -> r.value().contains(marker), 5, Duration.ofSeconds(10));
            relay.relayBatch();
            published.addAll(topic.read(r -> r.value().contains(marker), 1, Duration.ofSeconds(2)));

            assertThat(published).extracting(ConsumerRecord::value)
                    .containsExactly(payload(marker, 0), payload(marker, 1), payload(marker, 2), payload(marker, 3), payload(marker, 4));
            assertThat(unpublished(waiting)).isZero();
        }
    }

    private UUID waitingEvent(String marker, int sequence) throws SQLException {
        UUID id = UUID.randomUUID();
        try (var connection = database.getConnection();
                var insert = connection.prepareStatement("""
                        INSERT INTO outbox_event (id, topic, event_key, event_type, payload, occurred_at)
                        VALUES (?, ?, ?, 'PathologyReportReceived', ?, ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, PathologyReportReceived.TOPIC);
            insert.setString(3, marker);
            insert.setString(4, payload(marker, sequence));
            insert.setTimestamp(5, Timestamp.from(Instant.now().plusMillis(sequence)));
            insert.executeUpdate();
        }
        return id;
    }

    private static String payload(String marker, int sequence) {
        return "{\"marker\":\"" + marker + "\",\"sequence\":" + sequence + "}";
    }

    private int unpublished(List<UUID> ids) throws SQLException {
        try (var connection = database.getConnection();
                var query = connection.prepareStatement(
                        "SELECT count(*) FROM outbox_event WHERE published_at IS NULL AND id = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (var row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
