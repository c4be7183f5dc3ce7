package org.cancerregistry.intake.hl7;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import jakarta.inject.Inject;

import org.cancerregistry.intake.AccessTokens;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A NUL byte anywhere in a valid message (PostgreSQL cannot store U+0000 in text): before, it was answered
 * 503 AR "send again later", so an interface engine resent it forever. Now it is AE naming the field, or AR
 * when it breaks the message's structure, and nothing is stored.
 */
@QuarkusTest
class NulCharacterTest {

    private static final int CASES = 250;
    private static final String FIXTURE = "valid/synoptic-checklist-and-specimen-parts.hl7";

    @Inject
    AgroalDataSource database;

    @Test
    void shouldNeverAnswerANulByteWithA5xxOrARetry() throws SQLException {
        String token = AccessTokens.lab();
        for (int i = 0; i < CASES; i++) {
            String controlId = Hl7Fixtures.uniqueId("MSG");
            String message = Hl7Fixtures.message(FIXTURE, controlId, Hl7Fixtures.uniqueId("S"));
            int position = (int) ((long) i * (message.length() - 1) / (CASES - 1));
            String withNul = message.substring(0, position) + '\u0000' + message.substring(position);

            Response answer = submit(token, withNul);

            assertThat(answer.statusCode()).as("NUL at %d of %d", position, message.length()).isIn(400, 403, 422);
            Ack ack = Ack.of(answer.asString());
            assertThat(ack.code()).as("NUL at %d", position).isIn("AE", "AR");
            assertThat(ack.raw()).as("NUL at %d", position).doesNotContain("send the same message again later");
            assertThat(StoredReports.withControlId(database, controlId)).isZero();
        }
    }

    @Test
    void shouldNameTheFieldOfANulInASegmentTheRegistryDoesNotRead() {
        String message = Hl7Fixtures.fresh("valid/breast-carcinoma-vol-v-50.hl7") + "NTE|1||a comment\u0000 of the lab\r";

        Response answer = submit(AccessTokens.lab(), message);

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(Ack.of(answer.asString()).errors()).singleElement().asString()
                .contains("|NTE^1^3^1^1|", "NTE-3 holds the character U+0000");
    }

    private static Response submit(String token, String message) {
        return given().auth().oauth2(token).contentType("application/hl7-v2").body(message.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/pathology-reports");
    }
}
