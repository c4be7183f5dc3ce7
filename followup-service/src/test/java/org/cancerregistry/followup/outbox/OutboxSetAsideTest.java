package org.cancerregistry.followup.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

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

import org.cancerregistry.followup.AccessTokens;
import org.cancerregistry.followup.event.FollowUpRecorded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The outbox never blocks behind one event: what cannot be published is set aside, shown to a manager, and can be retried. */
@QuarkusTest
class OutboxSetAsideTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource database;

    @Inject
    OutboxRelay relay;

    private final List<UUID> events = new ArrayList<>();

    @AfterEach
    void removeTheTestsEvents() throws SQLException {
        relay.beforeEachSend(key -> { });
        try (var connection = database.getConnection();
                var delete = connection.prepareStatement("DELETE FROM outbox_event WHERE id = ANY (?)")) {
            delete.setArray(1, connection.createArrayOf("uuid", events.toArray()));
            delete.executeUpdate();
        }
    }

    @Test
    void shouldSetAsideAnEventTooLargeForTheBrokerAndPublishTheOnesBehindIt() throws Exception {
        UUID tooLarge = event(FollowUpRecorded.TOPIC, "{\"text\":\"" + "x".repeat(1536 * 1024) + "\"}", Instant.now().minus(Duration.ofHours(1)));
        UUID behindIt = event(FollowUpRecorded.TOPIC, "{}", Instant.now());

        await().atMost(WITHIN).until(() -> published(behindIt));

        assertThat(setAsideReason(tooLarge)).startsWith("cannot be published: RecordTooLargeException");
        // The gauge shows the measurement of the relay's next run.
        await().atMost(WITHIN).until(() -> metric("outbox_set_aside") >= 1);
        assertThat(metric("outbox_set_aside_events_total")).isGreaterThanOrEqualTo(1);
        JsonPath listed = given().auth().oauth2(AccessTokens.registryManager()).get("/api/v1/outbox/set-aside?size=500")
                .then().statusCode(200).extract().jsonPath();
        assertThat(listed.getList("items.id")).contains(tooLarge.toString());
        assertThat(listed.getMap("items[0]")).containsKeys("reason", "setAsideAt").doesNotContainKeys("payload", "eventKey");
        await().atMost(WITHIN).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    void shouldSetAsideAnEventWithoutChannelAtOnce() throws Exception {
        UUID withoutChannel = event("no-such-topic", "{}", Instant.now().minus(Duration.ofHours(1)));
        UUID behindIt = event(FollowUpRecorded.TOPIC, "{}", Instant.now());

        await().atMost(WITHIN).until(() -> published(behindIt));

        assertThat(setAsideReason(withoutChannel)).isEqualTo("cannot be published: NoChannelException: no channel for topic no-such-topic");
    }

    @Test
    void shouldSetAsideAnEventAfterRepeatedFailuresAndPublishItWhenAManagerRetriesIt() throws Exception {
        String failingKey = UUID.randomUUID().toString();
        relay.beforeEachSend(key -> {
            if (key.equals(failingKey)) {
                throw new IllegalStateException("thrown by the test");
            }
        });
        UUID failing = event(FollowUpRecorded.TOPIC, failingKey, "{}", Instant.now().minus(Duration.ofHours(1)));
        UUID behindIt = event(FollowUpRecorded.TOPIC, "{}", Instant.now());

        await().atMost(WITHIN).until(() -> published(behindIt));
        await().atMost(WITHIN).until(() -> setAsideReason(failing) != null);
        assertThat(setAsideReason(failing)).isEqualTo("5 attempts failed, the last: IllegalStateException");
        given().auth().oauth2(AccessTokens.registrar()).post("/api/v1/outbox/set-aside/" + failing + "/retry").then().statusCode(403);

        relay.beforeEachSend(key -> { });
        given().auth().oauth2(AccessTokens.registryManager()).post("/api/v1/outbox/set-aside/" + failing + "/retry").then().statusCode(202);

        await().atMost(WITHIN).until(() -> published(failing));
        given().auth().oauth2(AccessTokens.registryManager()).get("/api/v1/outbox/set-aside?size=500").then().statusCode(200)
                .body("items.id", not(hasItem(failing.toString())));
        given().auth().oauth2(AccessTokens.registryManager()).post("/api/v1/outbox/set-aside/" + failing + "/retry").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private UUID event(String topic, String payload, Instant occurredAt) throws SQLException {
        return event(topic, UUID.randomUUID().toString(), payload, occurredAt);
    }

    private UUID event(String topic, String key, String payload, Instant occurredAt) throws SQLException {
        UUID id = UUID.randomUUID();
        try (var connection = database.getConnection();
                var insert = connection.prepareStatement("""
                        INSERT INTO outbox_event (id, topic, event_key, event_type, payload, occurred_at)
                        VALUES (?, ?, ?, 'FollowUpRecorded', ?, ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, topic);
            insert.setString(3, key);
            insert.setString(4, payload);
            insert.setTimestamp(5, Timestamp.from(occurredAt));
            insert.executeUpdate();
        }
        events.add(id);
        return id;
    }

    private boolean published(UUID id) throws SQLException {
        try (var connection = database.getConnection();
                var query = connection.prepareStatement("SELECT published_at IS NOT NULL FROM outbox_event WHERE id = ?")) {
            query.setObject(1, id);
            try (var row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private String setAsideReason(UUID id) throws SQLException {
        try (var connection = database.getConnection();
                var query = connection.prepareStatement("SELECT set_aside_reason FROM outbox_event WHERE id = ?")) {
            query.setObject(1, id);
            try (var row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static double metric(String name) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher sample = Pattern.compile("(?m)^" + name + " (\\S+)$").matcher(metrics);
        assertThat(sample.find()).as(name + " in /q/metrics").isTrue();
        return Double.parseDouble(sample.group(1));
    }
}
