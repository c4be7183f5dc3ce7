package org.cancerregistry.followup.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.cancerregistry.followup.event.FollowUpRecorded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A relay run that fails, the way issue #16's did with an OutOfMemoryError, must neither stop the relay nor
 * go unnoticed: readiness is DOWN while an event waits longer than outbox.max-unpublished-age, and the
 * metrics show it. Each test's events are an hour old, and are deleted afterwards so that readiness is UP again.
 */
@QuarkusTest
class OutboxFailureTest {

    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final String OUTBOX_CHECK = "checks.find { it.name == '" + OutboxHealthCheck.NAME + "' }.";

    @Inject
    AgroalDataSource database;

    @Inject
    OutboxRelay relay;

    private final List<UUID> waiting = new ArrayList<>();

    @AfterEach
    void setAsideTheTestsEvents() throws SQLException {
        relay.beforeEachSend(key -> { });
        try (var connection = database.getConnection();
                var delete = connection.prepareStatement("DELETE FROM outbox_event WHERE id = ANY (?)")) {
            delete.setArray(1, connection.createArrayOf("uuid", waiting.toArray()));
            delete.executeUpdate();
        }
    }

    @Test
    void shouldRelayAgainAfterARunFailedWithAnErrorAndBeUnreadyMeanwhile() throws Exception {
        String marker = UUID.randomUUID().toString();
        double failuresBefore = metric("outbox_relay_failures_total");
        Thread testThread = Thread.currentThread();
        AtomicBoolean failedInTestThread = new AtomicBoolean();
        relay.beforeEachSend(key -> {
            if (key.equals(marker)) {
                if (Thread.currentThread() == testThread) {
                    failedInTestThread.set(true);
                }
                throw new OutOfMemoryError("thrown by the test");
            }
        });
        UUID failing = waitingEvent(FollowUpRecorded.TOPIC, marker, Instant.now().minus(Duration.ofHours(1)));
        UUID behindIt = waitingEvent(FollowUpRecorded.TOPIC, UUID.randomUUID().toString(), Instant.now());

        // The scheduled runs fail on the event too; runs of the test's own show that nothing escapes to the scheduler.
        await().pollInSameThread().atMost(WITHIN).until(() -> {
            assertThat(catchThrowable(relay::relay)).as("what a failed run throws to its caller").isNull();
            return failedInTestThread.get();
        });

        assertThat(metric("outbox_relay_failures_total")).isGreaterThan(failuresBefore);
        assertNotReadyWithAnHourOldEvent();
        assertThat(metric("outbox_unpublished")).isGreaterThanOrEqualTo(2);
        assertThat(metric("outbox_oldest_unpublished_age_seconds")).isGreaterThanOrEqualTo(3600);

        relay.beforeEachSend(key -> { });
        await().atMost(WITHIN).until(() -> unpublished(List.of(failing, behindIt)) == 0);
        awaitReady();
        assertThat(metric("outbox_oldest_unpublished_age_seconds")).isLessThan(30);
    }

    private static void assertNotReadyWithAnHourOldEvent() {
        JsonPath readiness = given().when().get("/q/health/ready").then().statusCode(503).extract().jsonPath();
        assertThat(readiness.getString(OUTBOX_CHECK + "status")).isEqualTo("DOWN");
        assertThat(readiness.getLong(OUTBOX_CHECK + "data.unpublished")).isGreaterThanOrEqualTo(2);
        assertThat(readiness.getLong(OUTBOX_CHECK + "data.oldestUnpublishedAgeSeconds")).isGreaterThanOrEqualTo(3600);
    }

    private static void awaitReady() {
        await().atMost(WITHIN).untilAsserted(() -> {
            JsonPath readiness = given().when().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
            assertThat(readiness.getString(OUTBOX_CHECK + "status")).isEqualTo("UP");
        });
    }

    /** The value of a meter without tags in /q/metrics. */
    private static double metric(String name) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher sample = Pattern.compile("(?m)^" + name + " (\\S+)$").matcher(metrics);
        assertThat(sample.find()).as(name + " in /q/metrics").isTrue();
        return Double.parseDouble(sample.group(1));
    }

    private UUID waitingEvent(String topic, String key, Instant occurredAt) throws SQLException {
        UUID id = UUID.randomUUID();
        try (var connection = database.getConnection();
                var insert = connection.prepareStatement("""
                        INSERT INTO outbox_event (id, topic, event_key, event_type, payload, occurred_at)
                        VALUES (?, ?, ?, 'FollowUpRecorded', ?, ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, topic);
            insert.setString(3, key);
            insert.setString(4, "{\"marker\":\"" + key + "\"}");
            insert.setTimestamp(5, Timestamp.from(occurredAt));
            insert.executeUpdate();
        }
        waiting.add(id);
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
