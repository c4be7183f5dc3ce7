package org.cancerregistry.abstracting.deadletter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cancerregistry.abstracting.AccessTokens;
import org.cancerregistry.abstracting.followup.FollowUpRecorded;
import org.cancerregistry.abstracting.report.PathologyReportEvents;
import org.cancerregistry.abstracting.report.PathologyReportReceived;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class DeadLetterReplayTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final int PARTITIONS = 6;
    private static final int FAILING_PARTITION = 0;

    @Inject
    AgroalDataSource database;

    /**
     * A report whose id is already taken by a row the test wrote cannot be stored: it fails, holds up its own
     * partition only, goes to the dead-letter topic and the manager's list, fails again on a replay before the cause
     * is removed, and is stored by the replay after.
     */
    @Test
    void shouldListAFailedReportAndStoreItOnReplayOnceItsCauseIsRemoved() throws Exception {
        PathologyReportReceived failing = PathologyReportEvents.report(PathologyReportEvents.uniquePerson("F"),
                "Infiltrating duct carcinoma, left breast.", "REPORTABLE");
        insertReportRow(failing.reportId());
        long failingOffset;
        long otherPartitionsStored;
        long dlqReachedAfter;
        // While the failing event waits on a lock the test holds, the other partitions' reports must be stored.
        try (Connection lock = ownConnection()) {
            lock.setAutoCommit(false);
            try (var insert = lock.prepareStatement("INSERT INTO processed_event (event_id, topic, processed_at) VALUES (?, 'test', now())")) {
                insert.setObject(1, failing.eventId());
                insert.executeUpdate();
            }
            failingOffset = send(FAILING_PARTITION, failing).offset();
            List<PathologyReportReceived> others = new ArrayList<>();
            long sentAt = System.nanoTime();
            for (int partition = 0; partition < PARTITIONS; partition++) {
                if (partition != FAILING_PARTITION) {
                    PathologyReportReceived other = PathologyReportEvents.report(PathologyReportEvents.uniquePerson("M"),
                            "Adenocarcinoma of the prostate.", "REPORTABLE");
                    send(partition, other);
                    others.add(other);
                }
            }
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                    .until(() -> others.stream().allMatch(other -> reportStored(other.reportId())));
            otherPartitionsStored = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sentAt);
            lock.rollback();
        }
        long releasedAt = System.nanoTime();
        String token = AccessTokens.registryManager();
        Map<String, Object> listed = awaitListed(token, failingOffset);
        dlqReachedAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - releasedAt);
        System.out.printf("other partitions stored after %d ms; failing event listed %d ms after its lock was released%n",
                otherPartitionsStored, dlqReachedAfter);

        assertThat(listed).doesNotContainKeys("payload", "key");
        assertThat((String) listed.get("reason")).contains("pathology_report_pkey");
        assertThat(listed.get("topic")).isEqualTo(ConfigProvider.getConfig()
                .getValue("mp.messaging.incoming.pathology-reports.dead-letter-queue.topic", String.class));
        assertThat(dlqReachedAfter).as("a short bounded retry").isLessThan(10_000);
        assertThat(accessionOf(failing.reportId())).isEqualTo("TAKEN");
        Number id = (Number) listed.get("id");

        given().auth().oauth2(token).post("/api/v1/dead-letters/" + id + "/replay")
                .then().statusCode(200)
                .body("replayResult", is("FAILED"))
                .body("replayedAt", notNullValue())
                .body("reason", containsString("pathology_report_pkey"));

        deleteReportRow(failing.reportId());
        given().auth().oauth2(token).post("/api/v1/dead-letters/" + id + "/replay")
                .then().statusCode(200)
                .body("replayResult", is("STORED"));
        assertThat(accessionOf(failing.reportId())).isEqualTo(failing.accessionNumber());
        assertThat(count("SELECT count(*) FROM work_queue_item WHERE report_id = ?", failing.reportId())).isEqualTo(1);

        // A second replay finds the event handled and changes nothing.
        given().auth().oauth2(token).post("/api/v1/dead-letters/" + id + "/replay")
                .then().statusCode(200).body("replayResult", is("STORED"));
        assertThat(count("SELECT count(*) FROM work_queue_item WHERE report_id = ?", failing.reportId())).isEqualTo(1);
    }

    @Test
    void shouldListAnUnreadableFollowUpResultWithoutItsPayload() throws Exception {
        String marker = UUID.randomUUID().toString();
        RecordMetadata sent = send(topic(FollowUpRecorded.TOPIC), 1, marker, "{\"eventId\": \"" + marker + "\", \"patientId\": 42");
        String token = AccessTokens.registryManager();

        await().atMost(Duration.ofSeconds(20)).until(() -> find(token, topic(FollowUpRecorded.TOPIC), sent.partition(), sent.offset()) != null);
        Map<String, Object> listed = find(token, topic(FollowUpRecorded.TOPIC), sent.partition(), sent.offset());

        assertThat((String) listed.get("reason")).contains("unreadable FollowUpRecorded event");
        assertThat(listed.toString()).doesNotContain(marker);
        given().auth().oauth2(token).post("/api/v1/dead-letters/" + listed.get("id") + "/replay")
                .then().statusCode(200).body("replayResult", is("FAILED"));
    }

    @Test
    void shouldShowDeadLettersToManagersOnly() {
        given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/dead-letters").then().statusCode(403);
        given().auth().oauth2(AccessTokens.registrar()).post("/api/v1/dead-letters/1/replay").then().statusCode(403);
        given().auth().oauth2(AccessTokens.registryManager()).post("/api/v1/dead-letters/" + Long.MAX_VALUE + "/replay")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private Map<String, Object> awaitListed(String token, long offset) {
        await().atMost(Duration.ofSeconds(20)).until(() -> find(token, topic(PathologyReportReceived.TOPIC), FAILING_PARTITION, offset) != null);
        return find(token, topic(PathologyReportReceived.TOPIC), FAILING_PARTITION, offset);
    }

    private static Map<String, Object> find(String token, String sourceTopic, int partition, long offset) {
        JsonPath page = given().auth().oauth2(token).get("/api/v1/dead-letters?size=500").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        return items.stream()
                .filter(item -> sourceTopic.equals(item.get("sourceTopic"))
                        && Integer.valueOf(partition).equals(item.get("sourcePartition"))
                        && item.get("sourceOffset") != null && ((Number) item.get("sourceOffset")).longValue() == offset)
                .findFirst().orElse(null);
    }

    private static RecordMetadata send(int partition, PathologyReportReceived event) throws Exception {
        return send(topic(PathologyReportReceived.TOPIC), partition, event.accessionNumber(), JSON.writeValueAsString(event));
    }

    /** The topic the service's channel of that name reads: the tests' own copy of the platform's topic. */
    private static String topic(String channel) {
        return ConfigProvider.getConfig().getValue("mp.messaging.incoming." + channel + ".topic", String.class);
    }

    private static RecordMetadata send(String topic, int partition, String key, String value) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            return producer.send(new ProducerRecord<>(topic, partition, key, value)).get(10, TimeUnit.SECONDS);
        }
    }

    /** Outside the service's pool of two connections, which the relay shares. */
    private static Connection ownConnection() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    private void insertReportRow(UUID id) throws SQLException {
        try (var connection = database.getConnection(); var insert = connection.prepareStatement("""
                INSERT INTO pathology_report (id, report_version, received_at, lab_clia, accession_number, correction, patient,
                    sections, reportability, screening_terms)
                VALUES (?, 1, now(), '00D0000000', 'TAKEN', false, '{}', '[]', 'NOT_REPORTABLE', '[]')""")) {
            insert.setObject(1, id);
            insert.executeUpdate();
        }
    }

    private void deleteReportRow(UUID id) throws SQLException {
        try (var connection = database.getConnection();
                var delete = connection.prepareStatement("DELETE FROM pathology_report WHERE id = ? AND accession_number = 'TAKEN'")) {
            delete.setObject(1, id);
            assertThat(delete.executeUpdate()).isEqualTo(1);
        }
    }

    private boolean reportStored(UUID id) {
        try {
            return count("SELECT count(*) FROM pathology_report WHERE id = ?", id) == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String accessionOf(UUID id) throws SQLException {
        try (var connection = database.getConnection();
                var query = connection.prepareStatement("SELECT accession_number FROM pathology_report WHERE id = ?")) {
            query.setObject(1, id);
            try (var row = query.executeQuery()) {
                return row.next() ? row.getString(1) : "";
            }
        }
    }

    private int count(String sql, UUID id) throws SQLException {
        try (var connection = database.getConnection(); var query = connection.prepareStatement(sql)) {
            query.setObject(1, id);
            try (var row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
