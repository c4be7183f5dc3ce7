package org.cancerregistry.reporting.submission;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cancerregistry.reporting.TumorAbstractsTopic.breastTumor;
import static org.cancerregistry.reporting.TumorAbstractsTopic.changed;
import static org.cancerregistry.reporting.TumorAbstractsTopic.person;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.cancerregistry.reporting.AccessTokens;
import org.cancerregistry.reporting.TumorAbstractsTopic;
import org.cancerregistry.reporting.store.TumorAbstractChanged;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** What changed since the state registry last accepted a submission, and record type M. */
@QuarkusTest
class SubmissionSelectionTest {

    private static final String STATE_REGISTRY = "state-registry-demo";

    @Inject
    AgroalDataSource database;

    @Test
    void shouldSendOnlyWhatChangedSinceTheStateRegistryAcceptedAndOnlyChangedTumorsAsModified() throws Exception {
        int year = 1901 + (int) (Math.random() * 40);
        TumorAbstractsTopic.forgetDiagnosisYear(database, year);
        TumorAbstractChanged unchanged = completed(year);
        TumorAbstractChanged corrected = completed(year);
        TumorAbstractsTopic.publishAndAwait(database, List.of(unchanged, corrected));

        String first = submit("A", List.of(year), true);
        assertThat(sent(first)).containsExactlyInAnyOrder(unchanged.tumorId() + "@1", corrected.tumorId() + "@1");
        String modifiedBeforeAnyAcceptance = submit("M", List.of(year), false);
        assertThat(sent(modifiedBeforeAnyAcceptance)).isEmpty();
        accept(first);

        Map<String, String> correctedItems = new HashMap<>(corrected.tumorItems());
        correctedItems.put("laterality", "1");
        TumorAbstractChanged correction = changed(corrected.patientId(), corrected.tumorId(), 2, corrected.patientItems(), correctedItems,
                List.of());
        TumorAbstractChanged added = completed(year);
        TumorAbstractsTopic.publishAndAwait(database, List.of(correction, added));

        String changedSince = submit("A", List.of(year), true);
        String changedSinceInAnyYear = submit("A", List.of(), true);
        String modified = submit("M", List.of(year), false);

        assertThat(sent(changedSince)).containsExactlyInAnyOrder(corrected.tumorId() + "@2", added.tumorId() + "@1");
        assertThat(sent(changedSinceInAnyYear)).contains(corrected.tumorId() + "@2", added.tumorId() + "@1")
                .doesNotContain(unchanged.tumorId() + "@1");
        assertThat(sent(modified)).containsExactly(corrected.tumorId() + "@2");
        String file = download(modified);
        assertThat(file).contains("recordType=\"M\"").contains(corrected.patientItems().get("nameLast"))
                .doesNotContain(unchanged.patientItems().get("nameLast")).doesNotContain(added.patientItems().get("nameLast"));
    }

    @Test
    void shouldNotCountASubmissionTheStateRegistryRejected() throws Exception {
        int year = 1901 + (int) (Math.random() * 40);
        TumorAbstractsTopic.forgetDiagnosisYear(database, year);
        TumorAbstractChanged tumor = completed(year);
        TumorAbstractsTopic.publishAndAwait(database, List.of(tumor));
        String rejected = submit("A", List.of(year), true);
        given().auth().oauth2(AccessTokens.stateRegistry()).contentType(ContentType.JSON)
                .body(Map.of("status", "REJECTED", "reasons", List.of("wrong facility"))).post(rejected + "/acknowledgement")
                .then().statusCode(200);

        assertThat(sent(submit("A", List.of(year), true))).containsExactly(tumor.tumorId() + "@1");
    }

    @Test
    void shouldShowTheTumorsWrittenSoFarWhileRunningAndTheSha256WhenReady() throws Exception {
        int year = 1901 + (int) (Math.random() * 40);
        TumorAbstractsTopic.forgetDiagnosisYear(database, year);
        TumorAbstractsTopic.publishAndAwait(database, List.of(completed(year), completed(year)));
        String location;
        // Holding back what the generator records as sent stops it right after it wrote the first tumor.
        try (var holdBack = database.getConnection()) {
            holdBack.setAutoCommit(false);
            try (var lock = holdBack.createStatement()) {
                lock.execute("LOCK TABLE submission_tumor IN SHARE MODE");
            }
            location = given().auth().oauth2(AccessTokens.registrar()).contentType(ContentType.JSON)
                    .body(Map.of("recordType", "A", "naaccrVersion", "260", "diagnosisYears", List.of(year), "stateRegistry", STATE_REGISTRY))
                    .post("/api/v1/submissions").then().statusCode(202).extract().header("Location");
            await().atMost(Duration.ofSeconds(20)).until(() -> Integer.valueOf(1).equals(status(location).get("tumors")));

            assertThat(status(location)).containsEntry("state", "RUNNING").containsEntry("tumorsTotal", 2).containsEntry("sha256", null);
            holdBack.rollback();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> "READY".equals(status(location).get("state")));
        Map<String, Object> ready = status(location);
        assertThat(ready).containsEntry("tumors", 2).containsEntry("tumorsTotal", 2).containsEntry("patients", 2);
        assertThat((String) ready.get("sha256")).matches("[0-9a-f]{64}");
    }

    private static Map<String, Object> status(String location) {
        return given().auth().oauth2(AccessTokens.registrar()).get(location).then().statusCode(200).extract().jsonPath().getMap("");
    }

    private static TumorAbstractChanged completed(int year) {
        return changed(UUID.randomUUID(), UUID.randomUUID(), 1, person("2"), breastTumor(year + "0310"), List.of());
    }

    private static String submit(String recordType, List<Integer> years, boolean changedSinceLastAccepted) {
        String location = given().auth().oauth2(AccessTokens.registrar()).contentType(ContentType.JSON)
                .body(Map.of("recordType", recordType, "naaccrVersion", "260", "diagnosisYears", years, "stateRegistry", STATE_REGISTRY,
                        "changedSinceLastAccepted", changedSinceLastAccepted))
                .post("/api/v1/submissions")
                .then().statusCode(202).extract().header("Location");
        await().atMost(Duration.ofSeconds(30)).until(() -> "READY".equals(given().auth().oauth2(AccessTokens.registrar())
                .get(location).then().statusCode(200).extract().path("state")));
        return location;
    }

    private static void accept(String location) {
        given().auth().oauth2(AccessTokens.stateRegistry()).contentType(ContentType.JSON).body(Map.of("status", "ACCEPTED"))
                .post(location + "/acknowledgement").then().statusCode(200);
    }

    private static String download(String location) {
        return given().auth().oauth2(AccessTokens.stateRegistry()).get(location + "/file").then().statusCode(200).extract().asString();
    }

    /** What the submission recorded as sent: tumor id @ abstract version. */
    private List<String> sent(String location) throws SQLException {
        UUID submission = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        try (var connection = database.getConnection();
                var query = connection.prepareStatement("SELECT tumor_id || '@' || abstract_version FROM submission_tumor WHERE submission_id = ?")) {
            query.setObject(1, submission);
            List<String> sent = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    sent.add(rows.getString(1));
                }
            }
            return sent;
        }
    }
}
