package org.cancerregistry.reporting.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReportingStoreTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Inject
    AgroalDataSource database;

    @Test
    void shouldKeepTheLatestVersionOfATumorAndEveryVersionSeen() throws Exception {
        UUID patient = UUID.randomUUID();
        UUID tumor = UUID.randomUUID();
        TumorAbstractChanged first = changed(patient, tumor, 2, "C504");
        TumorAbstractChanged latest = changed(patient, tumor, 5, "C509");
        TumorAbstractChanged late = changed(patient, tumor, 3, "C508");

        publish(TumorAbstractChanged.TOPIC, patient, first);
        publish(TumorAbstractChanged.TOPIC, patient, latest);
        publish(TumorAbstractChanged.TOPIC, patient, late);
        publish(TumorAbstractChanged.TOPIC, patient, late);

        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM reported_tumor_version WHERE tumor_id = ?", tumor) == 3);
        assertThat(text("SELECT abstract_version || ' ' || (items ->> 'primarySite') FROM reported_tumor WHERE tumor_id = ?", tumor))
                .isEqualTo("5 C509");
        assertThat(count("""
                SELECT count(*) FROM reported_tumor_version
                WHERE tumor_id = ? AND patient_items ->> 'nameLast' = 'Storetest' AND tumor_items ->> 'primarySite' IS NOT NULL""", tumor))
                .isEqualTo(3);
    }

    @Test
    void shouldMoveTheDateOfLastContactForwardOnAFollowUpResult() throws Exception {
        UUID patient = UUID.randomUUID();
        publish(TumorAbstractChanged.TOPIC, patient, changed(patient, UUID.randomUUID(), 1, "C504"));
        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM reported_patient WHERE patient_id = ?", patient) == 1);

        publish(FollowUpRecorded.TOPIC, patient,
                new FollowUpRecorded(UUID.randomUUID(), Instant.now(), 1, patient, "20261101", "PHYSICIAN", "1", "1", null));

        await().atMost(Duration.ofSeconds(20)).until(() ->
                "20261101".equals(text("SELECT items ->> 'dateOfLastContact' FROM reported_patient WHERE patient_id = ?", patient)));
    }

    @Test
    void shouldKeepTheEditsEachVersionFails() throws Exception {
        UUID patient = UUID.randomUUID();
        UUID tumor = UUID.randomUUID();
        TumorAbstractChanged passing = changed(patient, tumor, 1, "C504");
        TumorAbstractChanged failing = new TumorAbstractChanged(UUID.randomUUID(), Instant.now(), 1, "UPDATED", patient, tumor, 2,
                passing.patientItems(), passing.tumorItems(), List.of("DOB_BEFORE_DIAGNOSIS", "SITE_SEX"));
        passing = new TumorAbstractChanged(passing.eventId(), passing.occurredAt(), 1, passing.change(), patient, tumor, 1,
                passing.patientItems(), passing.tumorItems(), List.of());

        publish(TumorAbstractChanged.TOPIC, patient, passing);
        publish(TumorAbstractChanged.TOPIC, patient, failing);

        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM reported_tumor_version WHERE tumor_id = ?", tumor) == 2);
        assertThat(text("SELECT array_to_string(failing_edits, ' ') FROM reported_tumor WHERE tumor_id = ?", tumor))
                .isEqualTo("DOB_BEFORE_DIAGNOSIS SITE_SEX");
        assertThat(text("SELECT cardinality(failing_edits) FROM reported_tumor_version WHERE tumor_id = ? AND abstract_version = 1", tumor))
                .isEqualTo("0");
    }

    @Test
    void shouldLeaveTheEditsUnknownWhenTheEventHasNone() throws Exception {
        UUID patient = UUID.randomUUID();
        UUID tumor = UUID.randomUUID();
        publish(TumorAbstractChanged.TOPIC, patient, changed(patient, tumor, 1, "C504"));

        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM reported_tumor WHERE tumor_id = ?", tumor) == 1);
        assertThat(text("SELECT coalesce(cast(failing_edits AS text), 'unknown') FROM reported_tumor WHERE tumor_id = ?", tumor))
                .isEqualTo("unknown");
    }

    private static TumorAbstractChanged changed(UUID patient, UUID tumor, int version, String site) {
        return new TumorAbstractChanged(UUID.randomUUID(), Instant.now(), 1, version == 1 ? "COMPLETED" : "UPDATED", patient, tumor,
                version, Map.of("nameLast", "Storetest", "dateOfLastContact", "20260301", "vitalStatus", "1"),
                Map.of("primarySite", site, "dateOfDiagnosis", "20260115"), null);
    }

    /** Publishes on the topic the service's channel of that name reads (the tests' own copy of the platform's topic). */
    private static void publish(String channel, UUID key, Object event) throws Exception {
        String topic = ConfigProvider.getConfig().getValue("mp.messaging.incoming." + channel + ".topic", String.class);
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key.toString(), JSON.writeValueAsString(event))).get(10, TimeUnit.SECONDS);
        }
    }

    private int count(String sql, UUID id) throws SQLException {
        return Integer.parseInt(text(sql, id));
    }

    private String text(String sql, UUID id) throws SQLException {
        try (var connection = database.getConnection(); var query = connection.prepareStatement(sql)) {
            query.setObject(1, id);
            try (var row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
