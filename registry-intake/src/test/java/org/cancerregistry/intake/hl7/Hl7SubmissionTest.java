package org.cancerregistry.intake.hl7;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.cancerregistry.intake.AccessTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

@QuarkusTest
class Hl7SubmissionTest {

    private static final String HL7 = "application/hl7-v2";

    @Inject
    AgroalDataSource database;

    @ParameterizedTest
    @ValueSource(strings = { "breast-carcinoma-vol-v-50.hl7", "profile-vol-v-40.hl7", "profile-vol-v-30-legacy.hl7",
            "newline-separated-segments.hl7", "crlf-separated-segments.hl7", "bone-marrow-flow-cytometry-cll.hl7",
            "formatted-text-line-breaks.hl7", "multiple-final-diagnosis-parts.hl7", "negative-biopsy-not-reportable.hl7",
            "partial-date-of-birth-year-month.hl7" })
    void shouldAcceptVolumeVMessage(String fixture) throws SQLException {
        String controlId = Hl7Fixtures.uniqueId("MSG");
        String message = Hl7Fixtures.message("valid/" + fixture, controlId, Hl7Fixtures.uniqueId("S"));

        Ack ack = Ack.of(submit(message).then().statusCode(200).contentType(HL7).extract().asString());

        assertThat(ack.code()).isEqualTo("AA");
        assertThat(ack.controlId()).isEqualTo(controlId);
        assertThat(ack.errors()).isEmpty();
        assertThat(StoredReports.withControlId(database, controlId)).isEqualTo(1);
    }

    @Test
    void shouldAcceptAlternativeMediaType() {
        String message = Hl7Fixtures.fresh("valid/breast-carcinoma-vol-v-50.hl7");
        given().auth().oauth2(AccessTokens.lab()).contentType("x-application/hl7-v2+er7").body(message.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/pathology-reports")
                .then().statusCode(200);
    }

    @Test
    void shouldStoreRawMessageVerbatimAndParsedFields() throws SQLException {
        String controlId = Hl7Fixtures.uniqueId("MSG");
        String accession = Hl7Fixtures.uniqueId("S");
        String message = Hl7Fixtures.message("valid/formatted-text-line-breaks.hl7", controlId, accession);
        submit(message).then().statusCode(200);

        try (var connection = database.getConnection();
                var query = connection.prepareStatement("""
                        SELECT raw_message, accession_number, specimen_collection_date, report_type_loinc, patient_last_name,
                               patient_date_of_birth, patient_sex, patient_race, ordering_facility, patient_identifiers::text,
                               sections::text, reportability
                        FROM pathology_report WHERE message_control_id = ?""")) {
            query.setString(1, controlId);
            try (var row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("raw_message")).isEqualTo(message);
                assertThat(row.getString("accession_number")).isEqualTo(accession);
                assertThat(row.getString("specimen_collection_date")).isEqualTo("20260310");
                assertThat(row.getString("report_type_loinc")).isEqualTo("11529-5");
                assertThat(row.getString("patient_last_name")).isEqualTo("Doe");
                assertThat(row.getString("patient_date_of_birth")).isEqualTo("19570706");
                assertThat(row.getString("patient_sex")).isEqualTo("F");
                assertThat(row.getString("patient_race")).isEqualTo("2106-3");
                assertThat(row.getString("ordering_facility")).isEqualTo("Albany Medical Center");
                assertThat(row.getString("patient_identifiers")).contains("123456789", "00466144");
                assertThat(row.getString("sections"))
                        .contains("22637-3", "left breast.\\n2. Metastatic carcinoma", "22636-5");
                assertThat(row.getString("reportability")).isEqualTo("REPORTABLE");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({ "breast-carcinoma-vol-v-50.hl7, REPORTABLE", "negative-biopsy-not-reportable.hl7, NOT_REPORTABLE",
            "bone-marrow-flow-cytometry-cll.hl7, REPORTABLE" })
    void shouldScreenTheFinalDiagnosisOfEveryAcceptedReport(String fixture, String reportability) throws SQLException {
        String controlId = Hl7Fixtures.uniqueId("MSG");
        submit(Hl7Fixtures.message("valid/" + fixture, controlId, Hl7Fixtures.uniqueId("S"))).then().statusCode(200);

        try (var connection = database.getConnection();
                var query = connection.prepareStatement(
                        "SELECT reportability, screening_terms FROM pathology_report WHERE message_control_id = ?")) {
            query.setString(1, controlId);
            try (var row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("reportability")).isEqualTo(reportability);
                assertThat(row.getString("screening_terms")).isNotEqualTo("[]");
            }
        }
    }

    @Test
    void shouldAnswerResendWithOriginalAckAndStoreNoSecondReport() throws SQLException {
        String controlId = Hl7Fixtures.uniqueId("MSG");
        String message = Hl7Fixtures.message("valid/breast-carcinoma-vol-v-50.hl7", controlId, Hl7Fixtures.uniqueId("S"));

        String first = submit(message).then().statusCode(200).extract().asString();
        String second = submit(message).then().statusCode(200).extract().asString();

        assertThat(second).isEqualTo(first);
        assertThat(StoredReports.withControlId(database, controlId)).isEqualTo(1);
    }

    @Test
    void shouldRecogniseSameReportUnderNewControlIdAsDuplicate() throws SQLException {
        String accession = Hl7Fixtures.uniqueId("S");
        String original = Hl7Fixtures.message("valid/breast-carcinoma-vol-v-50.hl7", Hl7Fixtures.uniqueId("MSG"), accession);
        String again = Hl7Fixtures.message("valid/breast-carcinoma-vol-v-50.hl7", Hl7Fixtures.uniqueId("MSG"), accession);

        submit(original).then().statusCode(200);
        assertThat(Ack.of(submit(again).then().statusCode(200).extract().asString()).code()).isEqualTo("AA");

        assertThat(versionsOf(accession)).containsExactly("1 ACCEPTED");
    }

    @Test
    void shouldStoreCorrectedReportAsNewVersion() throws SQLException {
        String accession = Hl7Fixtures.uniqueId("S");
        String finalReport = Hl7Fixtures.message("valid/breast-carcinoma-vol-v-50.hl7", Hl7Fixtures.uniqueId("MSG"), accession);
        String corrected = Hl7Fixtures.message("valid/breast-carcinoma-vol-v-50.hl7", Hl7Fixtures.uniqueId("MSG"), accession)
                .replaceFirst("(\rOBR\\|[^\r]*)\\|F\r", "$1|C\r")
                .replace("2.1 cm.", "2.4 cm.");

        submit(finalReport).then().statusCode(200);
        submit(corrected).then().statusCode(200);

        assertThat(versionsOf(accession)).containsExactly("1 SUPERSEDED", "2 ACCEPTED");
    }

    @Test
    void shouldStoreAMessageSentSeveralTimesAtOnceOnlyOnce() throws Exception {
        String controlId = Hl7Fixtures.uniqueId("MSG");
        String message = Hl7Fixtures.message("valid/breast-carcinoma-vol-v-50.hl7", controlId, Hl7Fixtures.uniqueId("S"));

        List<String> answers = atOnce(List.of(message, message, message, message, message, message));

        assertThat(answers).allSatisfy(answer -> assertThat(Ack.of(answer).code()).isEqualTo("AA"));
        assertThat(answers).containsOnly(answers.get(0));
        assertThat(StoredReports.withControlId(database, controlId)).isEqualTo(1);
        assertThat(eventsWith("messageControlId", controlId)).isEqualTo(1);
    }

    @Test
    void shouldNumberCorrectionsSentAtOnceAsSuccessiveVersions() throws Exception {
        String accession = Hl7Fixtures.uniqueId("S");
        List<String> corrections = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            corrections.add(Hl7Fixtures.message("valid/breast-carcinoma-vol-v-50.hl7", Hl7Fixtures.uniqueId("MSG"), accession)
                    .replaceFirst("(\rOBR\\|[^\r]*)\\|F\r", "$1|C\r")
                    .replace("2.1 cm.", "2." + i + "9 cm."));
        }

        List<String> answers = atOnce(corrections);

        assertThat(answers).allSatisfy(answer -> assertThat(Ack.of(answer).code()).isEqualTo("AA"));
        assertThat(versionsOf(accession)).containsExactly("1 SUPERSEDED", "2 SUPERSEDED", "3 SUPERSEDED", "4 ACCEPTED");
        assertThat(eventsWith("accessionNumber", accession)).isEqualTo(4);
    }

    @Test
    void shouldAcknowledgeEachMessageOfABatch() {
        String good = Hl7Fixtures.fresh("valid/breast-carcinoma-vol-v-50.hl7");
        String inError = new String(Hl7Fixtures.bytes("invalid/ae/missing-date-of-birth.hl7"));
        String rejected = new String(Hl7Fixtures.bytes("invalid/ar/version-2-3.hl7"));
        String batch = "FHS|^~\\&|PATHLAB-LIS\rBHS|^~\\&|PATHLAB-LIS\r" + good + inError + rejected + "BTS|3\rFTS|1\r";

        String answer = submit(batch).then().statusCode(200).contentType(HL7).extract().asString();

        assertThat(Ack.allOf(answer)).extracting(Ack::code).containsExactly("AA", "AE", "AR");
    }

    @Test
    void shouldAcceptMessagesOfTheImswebDataGenerator() throws SQLException {
        List<String> controlIds = new ArrayList<>();
        for (String message : GeneratedMessages.volumeV(10)) {
            Ack ack = Ack.of(submit(message).then().statusCode(200).extract().asString());
            assertThat(ack.code()).as(ack.raw()).isEqualTo("AA");
            controlIds.add(ack.controlId());
        }
        for (String controlId : controlIds) {
            assertThat(StoredReports.withControlId(database, controlId)).isEqualTo(1);
            assertThat(versionOfReportWithControlId(controlId)).as("a new report, not a new version of another").isEqualTo(1);
        }
    }

    @Test
    void shouldRefuseCallersWhoAreNotLabs() {
        String message = Hl7Fixtures.fresh("valid/breast-carcinoma-vol-v-50.hl7");
        given().contentType(HL7).body(message.getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/api/v1/pathology-reports").then().statusCode(401);
        given().auth().oauth2(AccessTokens.registrar()).contentType(HL7).body(message.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/pathology-reports").then().statusCode(403);
        given().auth().oauth2(AccessTokens.stateRegistry()).contentType(HL7).body(message.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/pathology-reports").then().statusCode(403);
    }

    @Test
    void shouldAnswerUnsupportedMediaTypeWithProblemJson() {
        given().auth().oauth2(AccessTokens.lab()).contentType("text/csv").body("a,b")
                .when().post("/api/v1/pathology-reports")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseBodyOverTheSizeLimitWithProblemJsonBeforeReadingIt() throws Exception {
        // What a lab's interface engine does with a large body: announce its length, ask to continue, and wait.
        String request = "POST /api/v1/pathology-reports HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer " + AccessTokens.lab() + "\r\nContent-Type: " + HL7 + "\r\n"
                + "Content-Length: " + (3 * 1024 * 1024) + "\r\nExpect: 100-continue\r\n\r\n";
        try (Socket socket = new Socket(URI.create(RestAssured.baseURI).getHost(), RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json")
                    .contains("\"status\":413", "at most 2097152 bytes");
        }
    }

    /** Submits the messages in parallel; returns the answers in the same order. */
    private List<String> atOnce(List<String> messages) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(messages.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            for (String message : messages) {
                answers.add(senders.submit(() -> {
                    start.await();
                    return submit(message).then().statusCode(200).extract().asString();
                }));
            }
            start.countDown();
            List<String> result = new ArrayList<>();
            for (Future<String> answer : answers) {
                result.add(answer.get(30, TimeUnit.SECONDS));
            }
            return result;
        } finally {
            senders.shutdownNow();
        }
    }

    private int eventsWith(String field, String value) throws SQLException {
        try (var connection = database.getConnection();
                var query = connection.prepareStatement("SELECT count(*) FROM outbox_event WHERE payload::jsonb ->> ? = ?")) {
            query.setString(1, field);
            query.setString(2, value);
            try (var row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private Response submit(String message) {
        return given().auth().oauth2(AccessTokens.lab()).contentType(HL7).body(message.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/pathology-reports");
    }

    private int versionOfReportWithControlId(String controlId) throws SQLException {
        try (var connection = database.getConnection();
                var query = connection.prepareStatement("SELECT version FROM pathology_report WHERE message_control_id = ?")) {
            query.setString(1, controlId);
            try (var row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private List<String> versionsOf(String accession) throws SQLException {
        try (var connection = database.getConnection();
                var query = connection.prepareStatement(
                        "SELECT version, status FROM pathology_report WHERE accession_number = ? ORDER BY version")) {
            query.setString(1, accession);
            List<String> versions = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    versions.add(rows.getInt(1) + " " + rows.getString(2));
                }
            }
            return versions;
        }
    }
}
