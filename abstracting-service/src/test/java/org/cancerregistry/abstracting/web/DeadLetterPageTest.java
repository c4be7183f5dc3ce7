package org.cancerregistry.abstracting.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.sql.SQLException;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
class DeadLetterPageTest {

    private static final String SECRET = "Payload-Only-Text";

    @Inject
    AgroalDataSource database;

    @Test
    @TestSecurity(user = "manager.demo", roles = "registry-manager")
    void shouldListDeadLettersWithTheirReasonAndReplayOneFromItsButton() throws SQLException {
        long id = deadLetter();

        given().when().get("/ui/dead-letters").then().statusCode(200)
                .body(allOf(containsString("<h1>Dead letters</h1>"), containsString("href=\"/ui/dead-letters\""),
                        containsString("test: no such consumer"), containsString("hx-post=\"/ui/dead-letters/" + id + "/replay\""),
                        not(containsString(SECRET))));
        given().when().post("/ui/dead-letters/" + id + "/replay").then().statusCode(200)
                .body(allOf(containsString("id=\"dead-letter-" + id + "\""), containsString("Failed"),
                        containsString("unreadable FollowUpRecorded event"), not(containsString(SECRET))));
    }

    @Test
    @TestSecurity(user = "manager.demo", roles = "registry-manager")
    void shouldListSetAsideOutboxEventsAndPutOneBackForTheRelay() throws SQLException {
        UUID id = UUID.randomUUID();
        try (var connection = database.getConnection(); var insert = connection.prepareStatement("""
                INSERT INTO outbox_event (id, topic, event_key, event_type, payload, occurred_at, set_aside_at, set_aside_reason)
                VALUES (?, 'no-such-topic', ?, 'TumorAbstractChanged', ?, now(), now(), 'test: refused by the broker')""")) {
            insert.setObject(1, id);
            insert.setString(2, SECRET);
            insert.setString(3, "{\"" + SECRET + "\"}");
            insert.executeUpdate();
        }
        try {
            given().when().get("/ui/dead-letters").then().statusCode(200)
                    .body(allOf(containsString("test: refused by the broker"),
                            containsString("hx-post=\"/ui/dead-letters/outbox/" + id + "/retry\""), not(containsString(SECRET))));
            given().when().post("/ui/dead-letters/outbox/" + id + "/retry").then().statusCode(200)
                    .body(allOf(containsString("id=\"set-aside-" + id + "\""), containsString("Back in line for the relay")));
        } finally {
            try (var connection = database.getConnection(); var delete = connection.prepareStatement("DELETE FROM outbox_event WHERE id = ?")) {
                delete.setObject(1, id);
                delete.executeUpdate();
            }
        }
    }

    @Test
    @TestSecurity(user = "manager.demo", roles = "registry-manager")
    void shouldSayWhenTheFollowUpAndReportingServicesCouldNotBeReached() {
        // A test identity has no access token to call them with: to the page, they are out of reach.
        given().when().get("/ui/dead-letters").then().statusCode(200)
                .body(allOf(containsString("Events not handled"),
                        containsString("Follow-up service could not be reached"),
                        containsString("Reporting service could not be reached")));
    }

    @Test
    @TestSecurity(user = "registrar.demo", roles = "registrar")
    void shouldKeepDeadLettersFromRegistrars() {
        given().when().get("/ui/dead-letters").then().statusCode(403);
        given().when().get("/ui/work-queue").then().statusCode(200).body(not(containsString("/ui/dead-letters")));
    }

    private long deadLetter() throws SQLException {
        try (var connection = database.getConnection(); var insert = connection.prepareStatement("""
                INSERT INTO dead_letter (topic, kafka_partition, kafka_offset, source_topic, source_partition, source_offset, payload,
                    reason, first_seen_at)
                VALUES (?, 99, (SELECT coalesce(max(kafka_offset), 0) + 1 FROM dead_letter), ?, 99, 1, ?, 'test: no such consumer', now())
                RETURNING id""")) {
            // The topics the service's follow-up results channel reads and dead-letters to (the tests' own copies).
            insert.setString(1, ConfigProvider.getConfig()
                    .getValue("mp.messaging.incoming.followup-results.dead-letter-queue.topic", String.class));
            insert.setString(2, ConfigProvider.getConfig().getValue("mp.messaging.incoming.followup-results.topic", String.class));
            insert.setString(3, "{\"" + SECRET + "\"");
            try (var row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
