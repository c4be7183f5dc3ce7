package org.cancerregistry.intake.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.cancerregistry.intake.AccessTokens;
import org.cancerregistry.intake.hl7.Ack;
import org.cancerregistry.intake.hl7.Hl7Fixtures;
import org.cancerregistry.intake.hl7.StoredReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An HL7 value that the event's contract would not carry is answered AE with an ERR naming the field, and nothing
 * is stored: before the table, a PID-3.5 of 11 characters was answered AA and lost downstream, and PID-10, OBR-4.1,
 * MSH-4.1, OBR-4.2, ORC-21 or MSH-10 past their columns were answered 503 AR "send again later", forever.
 */
@QuarkusTest
class Hl7ItemLimitsTest {

    private static final String HL7 = "application/hl7-v2";
    private static final String FIXTURE = "valid/breast-carcinoma-vol-v-50.hl7";

    @Inject
    AgroalDataSource database;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "PID-3.5;PID^1^3^1^5;00466144^^^^MR;00466144^^^^*11*",
            "PID-3.1;PID^1^3^1^1;00466144^^^^MR;*101*^^^^MR",
            "PID-5.1;PID^1^5^1^1;Doe^Jane;*41*^Jane",
            "PID-5.2;PID^1^5^1^2;Doe^Jane^;Doe^*41*^",
            "PID-10;PID^1^10^1;2106-3^White;*21*^White",
            "PID-11.1;PID^1^11^1^1;495 East Drive;*61*",
            "PID-11.3;PID^1^11^1^3;^Delmar^;^*51*^",
            "PID-11.4;PID^1^11^1^4;^Delmar^NY^;^Delmar^*3*^",
            "PID-11.5;PID^1^11^1^5;^12054^;^*10*^",
            "OBR-4.1;OBR^1^4^1^1;11529-5^Surgical;*21*^Surgical",
            "OBR-4.2;OBR^1^4^1^2;^Surgical Pathology Study Report^;^*101*^",
            "MSH-4.1;MSH^1^4^1^1;INDEPENDENT LAB SERVICES^;*101*^",
            "ORC-21;ORC^1^21^1;Albany Medical Center^;*101*^",
            "OBX-3.2;OBX^1^3^1^2;^Clinical history^;^*101*^" })
    void shouldAnswerAValuePastItsLengthWithAnErrorNamingTheField(String field, String location, String from, String to)
            throws SQLException {
        String controlId = Hl7Fixtures.uniqueId("MSG");
        String message = Hl7Fixtures.message(FIXTURE, controlId, Hl7Fixtures.uniqueId("S"));
        assertThat(message).contains(from);

        Ack ack = Ack.of(submit(message.replace(from, lettersFor(to)), 422));

        assertThat(ack.code()).isEqualTo("AE");
        assertThat(ack.errors()).singleElement().asString().contains("|" + location + "|", field + " (", "is longer than");
        assertThat(StoredReports.withControlId(database, controlId)).isZero();
    }

    @Test
    void shouldAnswerAControlIdPast199CharactersWithAnErrorNamingMsh10() {
        String controlId = Hl7Fixtures.uniqueId("MSG") + "0".repeat(190);

        Ack ack = Ack.of(submit(Hl7Fixtures.message(FIXTURE, controlId, Hl7Fixtures.uniqueId("S")), 422));

        assertThat(ack.code()).isEqualTo("AE");
        assertThat(ack.errors()).singleElement().asString().contains("|MSH^1^10^1|", "MSH-10 (messageControlId) is longer than 199");
    }

    @Test
    void shouldAnswerAReportWhoseTextsTogetherPassTheLimitWithAnErrorNamingObx5() throws SQLException {
        String controlId = Hl7Fixtures.uniqueId("MSG");
        String half = "carcinoma ".repeat(ReportItemLimits.REPORT_TEXT_LENGTH / 20 + 1);
        String message = Hl7Fixtures.message(FIXTURE, controlId, Hl7Fixtures.uniqueId("S"))
                .replace("Left breast mass, upper outer quadrant.", half)
                .replace("Left breast, lumpectomy.", half);

        Ack ack = Ack.of(submit(message, 422));

        assertThat(ack.errors()).singleElement().asString().contains("|OBX^1^5^1|", "more than the 262144 of one report");
        assertThat(StoredReports.withControlId(database, controlId)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "PID-7;PID^1^7^1;|19570706|;|99991231|",
            "PID-7;PID^1^7^1;|19570706|;|2999|",
            "OBR-7;OBR^1^7^1;|20260310093000|;|29991231|" })
    void shouldAnswerADateInTheFutureWithAnErrorNamingTheField(String field, String location, String from, String to) {
        String message = Hl7Fixtures.fresh(FIXTURE);
        assertThat(message).contains(from);

        Ack ack = Ack.of(submit(message.replace(from, to), 422));

        assertThat(ack.code()).isEqualTo("AE");
        assertThat(ack.errors()).singleElement().asString().contains("|" + location + "|", field + " (", "is in the future");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "U+0007 in a name;Doe^Jane;D\u0007oe^Jane;PID^1^5^1^1;PID-5.1 (patient.lastName) holds the control character U+0007",
            "U+0009 in an identifier;00466144^^^^MR;00466\t144^^^^MR;PID^1^3^1^1;holds the control character U+0009",
            "U+001B in the diagnosis;Infiltrating duct;Infiltrating\u001B duct;OBX^1^5^1;OBX-5 (sections[0].text) holds the control character U+001B" })
    void shouldAnswerAControlCharacterWithAnErrorNamingTheField(String name, String from, String to, String location,
            String reason) {
        Ack ack = Ack.of(submit(Hl7Fixtures.fresh(FIXTURE).replace(from, to), 422));

        assertThat(ack.errors()).singleElement().asString().contains("|" + location + "|", reason);
    }

    @Test
    void shouldAcceptATabInTheDiagnosisText() {
        Ack ack = Ack.of(submit(Hl7Fixtures.fresh(FIXTURE).replace("Infiltrating duct", "Infiltrating\tduct"), 200));

        assertThat(ack.code()).isEqualTo("AA");
    }

    /** The value with each {@code *n*} written out as n letters. */
    private static String lettersFor(String value) {
        return Pattern.compile("\\*(\\d+)\\*").matcher(value).replaceAll(run -> "x".repeat(Integer.parseInt(run.group(1))));
    }

    private static String submit(String message, int status) {
        return given().auth().oauth2(AccessTokens.lab()).contentType(HL7).body(message.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/pathology-reports")
                .then().statusCode(status).contentType(HL7).extract().asString();
    }
}
