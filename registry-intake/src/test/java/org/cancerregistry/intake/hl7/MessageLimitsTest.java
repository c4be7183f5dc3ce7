package org.cancerregistry.intake.hl7;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import jakarta.inject.Inject;

import org.cancerregistry.intake.AccessTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The caps on a message's structure are checked before HAPI parses it: a message over one is answered AE with
 * an ERR naming the field and the cap, quickly, and nothing is stored.
 */
@QuarkusTest
class MessageLimitsTest {

    private static final String HL7 = "application/hl7-v2";
    private static final String FIXTURE = "valid/breast-carcinoma-vol-v-50.hl7";

    @Inject
    AgroalDataSource database;

    @Test
    void shouldAnswerAHundredThousandRepetitionsOfTheNameWithAnErrorInMilliseconds() throws SQLException {
        String controlId = Hl7Fixtures.uniqueId("MSG");
        String message = Hl7Fixtures.message(FIXTURE, controlId, Hl7Fixtures.uniqueId("S"))
                .replace("|Doe^Jane^Q|", "|" + "~".repeat(100_000) + "|");

        long start = System.nanoTime();
        String answer = submit(message, 422);
        long millis = (System.nanoTime() - start) / 1_000_000;

        Ack ack = Ack.of(answer);
        assertThat(ack.code()).isEqualTo("AE");
        assertThat(ack.controlId()).isEqualTo(controlId);
        assertThat(ack.errors()).singleElement().asString()
                .contains("PID^1^5", "PID-5 has more than 50 repetitions, the registry's cap");
        System.out.printf("100,000 repetitions of PID-5 answered in %d ms%n", millis);
        // Generous against a noisy machine: before the caps, HAPI ran out of memory on this message.
        assertThat(millis).isLessThan(2_000);
        assertThat(StoredReports.withControlId(database, controlId)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "components;PID-11 has more than 30 components",
            "subcomponents;PID-11 has more than 30 subcomponents in a component",
            "fields;OBX-101 has more than 100 fields",
            "escapes;OBX-5 has more than 5000 escape characters" })
    void shouldNameTheCapAMessageExceeds(String cap, String reason) {
        String message = Hl7Fixtures.fresh(FIXTURE);
        message = switch (cap) {
            case "components" -> message.replace("495 East Drive^^", "495 East Drive" + "^".repeat(40));
            case "subcomponents" -> message.replace("495 East Drive", "495" + "&".repeat(40));
            case "fields" -> message.replace("Left breast, lumpectomy.||||||F", "Left breast, lumpectomy." + "|".repeat(100) + "F");
            default -> message.replace("Left breast, lumpectomy.", "\\.br\\".repeat(2_600));
        };

        Ack ack = Ack.of(submit(message, 422));

        assertThat(ack.code()).isEqualTo("AE");
        assertThat(ack.errors()).singleElement().asString().contains(reason + ", the registry's cap");
    }

    @Test
    void shouldRejectAMessageWithMoreSegmentsThanTheCap() {
        String message = Hl7Fixtures.fresh(FIXTURE) + "NTE|1||a comment\r".repeat(5_000);

        Ack ack = Ack.of(submit(message, 422));

        assertThat(ack.errors()).singleElement().asString().contains("more than 5000 segments, the registry's cap");
    }

    @Test
    void shouldRejectABatchWithMoreMessagesThanTheCap() {
        String message = Hl7Fixtures.fresh("invalid/ae/missing-date-of-birth.hl7");
        String batch = "BHS|^~\\&|PATHLAB-LIS\r" + message.repeat(1_001) + "BTS|1001\r";

        Ack ack = Ack.of(submit(batch, 400));

        assertThat(ack.code()).isEqualTo("AR");
        assertThat(ack.errors()).singleElement().asString().contains("more than 1000 messages, the registry's cap per request");
    }

    private static String submit(String body, int status) {
        return given().auth().oauth2(AccessTokens.lab()).contentType(HL7).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/pathology-reports")
                .then().statusCode(status).contentType(HL7).extract().asString();
    }
}
