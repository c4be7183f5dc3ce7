package org.cancerregistry.intake.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cancerregistry.intake.AccessTokens;
import org.cancerregistry.intake.event.PathologyReportReceived;
import org.cancerregistry.intake.event.PathologyReportsTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * One event that cannot be published no longer blocks the outbox: before, a report's event larger than Kafka takes
 * failed every relay run, the events behind it waited for good, and only hand-written SQL freed the outbox. Now it is
 * set aside with its reason, the others are published, readiness ignores it, and a manager sees it and releases it.
 */
@QuarkusTest
class OutboxSetAsideTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final String OUTBOX_CHECK = "checks.find { it.name == '" + OutboxHealthCheck.NAME + "' }.";

    @Inject
    AgroalDataSource database;

    @Inject
    OutboxRelay relay;

    private final List<UUID> inserted = new ArrayList<>();
    private String managerToken;

    @AfterEach
    void removeTheTestsEvents() throws SQLException {
        relay.beforeEachSend(key -> { });
        try (var connection = database.getConnection();
                var delete = connection.prepareStatement("DELETE FROM outbox_event WHERE id = ANY (?)")) {
            delete.setArray(1, connection.createArrayOf("uuid", inserted.toArray()));
            delete.executeUpdate();
        }
    }

    @Test
    void shouldSetAsideAnEventLargerThanKafkaTakesAndPublishTheOnesBehindIt() throws Exception {
        String marker = UUID.randomUUID().toString();
        try (PathologyReportsTopic topic = new PathologyReportsTopic()) {
            UUID oversized = waitingEvent(PathologyReportReceived.TOPIC, marker,
                    "{\"marker\":\"" + marker + "\",\"text\":\"" + "x".repeat(1_200_000) + "\"}", Instant.now().minus(Duration.ofHours(1)));
            List<UUID> behind = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                behind.add(waitingEvent(PathologyReportReceived.TOPIC, marker, payload(marker, i), Instant.now().plusMillis(i)));
            }

            List<ConsumerRecord<String, String>> published = topic.read(r -> r.value().contains(marker), 3, WITHIN);

            assertThat(published).extracting(ConsumerRecord::value)
                    .containsExactly(payload(marker, 0), payload(marker, 1), payload(marker, 2));
            await().atMost(WITHIN).until(() -> unpublished(behind) == 0);
            JsonPath listed = setAsideList();
            assertThat(listed.getString("find { it.eventId == '" + oversized + "' }.reason")).contains("RecordTooLargeException");
            assertThat(listed.getString("find { it.eventId == '" + oversized + "' }.topic")).isEqualTo(PathologyReportReceived.TOPIC);
            assertThat(listed.getString("find { it.eventId == '" + oversized + "' }")).doesNotContain("xxxx");
        }
        await().atMost(WITHIN).untilAsserted(() -> {
            JsonPath readiness = given().when().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
            assertThat(readiness.getString(OUTBOX_CHECK + "status")).isEqualTo("UP");
            assertThat(readiness.getLong(OUTBOX_CHECK + "data.setAside")).isGreaterThanOrEqualTo(1);
        });
        assertThat(metric("outbox_set_aside")).isGreaterThanOrEqualTo(1);
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void shouldSetAsideAnEventWithoutChannelAtOnce() throws Exception {
        UUID withoutChannel = waitingEvent("no-such-topic", UUID.randomUUID().toString(), "{}", Instant.now().minus(Duration.ofHours(1)));
        UUID behindIt = waitingEvent(PathologyReportReceived.TOPIC, UUID.randomUUID().toString(), "{}", Instant.now());

        await().atMost(WITHIN).until(() -> unpublished(List.of(behindIt)) == 0);

        assertThat(setAsideList().getString("find { it.eventId == '" + withoutChannel + "' }.reason"))
                .isEqualTo("NoChannel: no channel for topic no-such-topic");
    }

    @Test
    void shouldSetAsideAnEventThatKeepsFailingAndPublishItWhenAManagerReleasesIt() throws Exception {
        String failingKey = UUID.randomUUID().toString();
        relay.beforeEachSend(key -> {
            if (key.equals(failingKey)) {
                throw new IllegalStateException("thrown by the test");
            }
        });
        UUID failing = waitingEvent(PathologyReportReceived.TOPIC, failingKey, "{}", Instant.now().minus(Duration.ofMinutes(1)));
        UUID behindIt = waitingEvent(PathologyReportReceived.TOPIC, UUID.randomUUID().toString(), "{}", Instant.now());

        await().atMost(WITHIN).until(() -> setAsideList().getString("find { it.eventId == '" + failing + "' }.reason") != null);
        assertThat(unpublished(List.of(behindIt))).isZero();
        assertThat(setAsideList().getString("find { it.eventId == '" + failing + "' }.reason"))
                .isEqualTo("failed 5 times: IllegalStateException");

        given().auth().oauth2(AccessTokens.lab()).when().post("/api/v1/outbox/set-aside/" + failing + "/retry").then().statusCode(403);
        given().auth().oauth2(AccessTokens.registrar()).when().get("/api/v1/outbox/set-aside").then().statusCode(403);
        relay.beforeEachSend(key -> { });
        given().auth().oauth2(managerToken()).when().post("/api/v1/outbox/set-aside/" + failing + "/retry")
                .then().statusCode(202);

        await().atMost(WITHIN).until(() -> unpublished(List.of(failing)) == 0);
        assertThat(setAsideList().getString("find { it.eventId == '" + failing + "' }")).isNull();
        given().auth().oauth2(managerToken()).when().post("/api/v1/outbox/set-aside/" + failing + "/retry")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private JsonPath setAsideList() {
        return given().auth().oauth2(managerToken()).when().get("/api/v1/outbox/set-aside")
                .then().statusCode(200).extract().jsonPath();
    }

    private String managerToken() {
        if (managerToken == null) {
            managerToken = AccessTokens.registryManager();
        }
        return managerToken;
    }

    private static String payload(String marker, int sequence) {
        return "{\"marker\":\"" + marker + "\",\"sequence\":" + sequence + "}";
    }

    /** The value of a meter without tags in /q/metrics. */
    private static double metric(String name) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher sample = Pattern.compile("(?m)^" + name + " (\\S+)$").matcher(metrics);
        assertThat(sample.find()).as(name + " in /q/metrics").isTrue();
        return Double.parseDouble(sample.group(1));
    }

    private UUID waitingEvent(String topic, String key, String payload, Instant occurredAt) throws SQLException {
        UUID id = UUID.randomUUID();
        try (var connection = database.getConnection();
                var insert = connection.prepareStatement("""
                        INSERT INTO outbox_event (id, topic, event_key, event_type, payload, occurred_at)
                        VALUES (?, ?, ?, 'PathologyReportReceived', ?, ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, topic);
            insert.setString(3, key);
            insert.setString(4, payload);
            insert.setTimestamp(5, Timestamp.from(occurredAt));
            insert.executeUpdate();
        }
        inserted.add(id);
        return id;
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
