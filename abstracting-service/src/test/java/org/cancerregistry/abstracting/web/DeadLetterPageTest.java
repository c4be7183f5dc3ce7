package org.cancerregistry.abstracting.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.sql.SQLException;

import jakarta.inject.Inject;

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
    @TestSecurity(user = "registrar.demo", roles = "registrar")
    void shouldKeepDeadLettersFromRegistrars() {
        given().when().get("/ui/dead-letters").then().statusCode(403);
        given().when().get("/ui/work-queue").then().statusCode(200).body(not(containsString("/ui/dead-letters")));
    }

    private long deadLetter() throws SQLException {
        try (var connection = database.getConnection(); var insert = connection.prepareStatement("""
                INSERT INTO dead_letter (topic, kafka_partition, kafka_offset, source_topic, source_partition, source_offset, payload,
                    reason, first_seen_at)
                VALUES ('followup-results-abstracting-dlq', 99, (SELECT coalesce(max(kafka_offset), 0) + 1 FROM dead_letter), 'followup-results',
                    99, 1, ?, 'test: no such consumer', now())
                RETURNING id""")) {
            insert.setString(1, "{\"" + SECRET + "\"");
            try (var row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
