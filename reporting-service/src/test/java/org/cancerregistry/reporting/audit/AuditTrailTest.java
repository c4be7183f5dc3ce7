package org.cancerregistry.reporting.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cancerregistry.reporting.TumorAbstractsTopic.breastTumor;
import static org.cancerregistry.reporting.TumorAbstractsTopic.changed;
import static org.cancerregistry.reporting.TumorAbstractsTopic.person;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import org.cancerregistry.reporting.AccessTokens;
import org.cancerregistry.reporting.TumorAbstractsTopic;
import org.cancerregistry.reporting.store.TumorAbstractChanged;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every download of a submission file leaves one audit row per patient in it, in a hash chain that shows tampering. */
@QuarkusTest
class AuditTrailTest {

    @Inject
    AgroalDataSource database;

    @Test
    void shouldAuditEachPatientOfADownloadedFileAndKeepTheChainValidUnderConcurrentDownloads() throws Exception {
        int year = 1901 + (int) (Math.random() * 40);
        TumorAbstractsTopic.forgetDiagnosisYear(database, year);
        TumorAbstractChanged first = changed(UUID.randomUUID(), UUID.randomUUID(), 1, person("2"), breastTumor(year + "0310"), List.of());
        TumorAbstractChanged second = changed(UUID.randomUUID(), UUID.randomUUID(), 1, person("1"), breastTumor(year + "0412"), List.of());
        TumorAbstractsTopic.publishAndAwait(database, List.of(first, second));
        String location = readySubmission(year);
        String submission = location.substring(location.lastIndexOf('/') + 1);
        String stateRegistry = AccessTokens.stateRegistry();

        ExecutorService parallel = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Integer>> downloads = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                downloads.add(CompletableFuture.supplyAsync(
                        () -> given().auth().oauth2(stateRegistry).get(location + "/file").then().extract().statusCode(), parallel));
            }
            assertThat(downloads.stream().map(CompletableFuture::join)).containsOnly(200);
        } finally {
            parallel.shutdown();
        }

        assertThat(audited(submission)).hasSize(16).containsOnly(first.patientId(), second.patientId());
        given().auth().oauth2(AccessTokens.registryManager()).get("/api/v1/audit/verification").then().statusCode(200)
                .body("valid", is(true)).body("firstInvalidId", nullValue());
    }

    @Test
    void shouldFindARowChangedBehindTheServicesBack() throws Exception {
        int year = 1901 + (int) (Math.random() * 40);
        TumorAbstractsTopic.forgetDiagnosisYear(database, year);
        TumorAbstractsTopic.publishAndAwait(database,
                List.of(changed(UUID.randomUUID(), UUID.randomUUID(), 1, person("2"), breastTumor(year + "0310"), List.of())));
        String location = readySubmission(year);
        given().auth().oauth2(AccessTokens.stateRegistry()).get(location + "/file").then().statusCode(200);
        // The row tampered with is followed by others: the chain breaks at it, not only at its end.
        long tampered = lastAuditId();
        String actor = actorOf(tampered);
        given().auth().oauth2(AccessTokens.stateRegistry()).get(location + "/file").then().statusCode(200);
        try {
            setActor(tampered, "someone-else");

            given().auth().oauth2(AccessTokens.registryManager()).get("/api/v1/audit/verification").then().statusCode(200)
                    .body("valid", is(false)).body("firstInvalidId", is((int) tampered));
        } finally {
            setActor(tampered, actor);
        }
        given().auth().oauth2(AccessTokens.registryManager()).get("/api/v1/audit/verification").then().statusCode(200)
                .body("valid", is(true));
    }

    @Test
    void shouldLetOnlyAManagerVerify() {
        given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/audit/verification").then().statusCode(403);
        given().auth().oauth2(AccessTokens.stateRegistry()).get("/api/v1/audit/verification").then().statusCode(403);
    }

    private static String readySubmission(int year) {
        String location = given().auth().oauth2(AccessTokens.registrar()).contentType(ContentType.JSON)
                .body(Map.of("recordType", "A", "naaccrVersion", "260", "diagnosisYears", List.of(year), "stateRegistry", "state-registry-demo"))
                .post("/api/v1/submissions").then().statusCode(202).extract().header("Location");
        await().atMost(Duration.ofSeconds(20)).until(() -> "READY".equals(given().auth().oauth2(AccessTokens.registrar())
                .get(location).then().statusCode(200).extract().path("state")));
        return location;
    }

    private List<UUID> audited(String submission) throws SQLException {
        try (var connection = database.getConnection();
                var query = connection.prepareStatement(
                        "SELECT patient_id FROM audit_event WHERE action = 'submission-file.downloaded' AND subject = ?")) {
            query.setString(1, submission);
            List<UUID> patients = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    patients.add(rows.getObject(1, UUID.class));
                }
            }
            return patients;
        }
    }

    private long lastAuditId() throws SQLException {
        try (var connection = database.getConnection(); var query = connection.createStatement();
                var row = query.executeQuery("SELECT max(id) FROM audit_event")) {
            row.next();
            return row.getLong(1);
        }
    }

    private String actorOf(long id) throws SQLException {
        try (var connection = database.getConnection();
                var query = connection.prepareStatement("SELECT actor FROM audit_event WHERE id = ?")) {
            query.setLong(1, id);
            try (var row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    /** As the table's owner (the login Flyway migrates with): the service's own login cannot update an audit row. */
    private void setActor(long id, String actor) throws SQLException {
        var config = ConfigProvider.getConfig();
        try (var connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class), config.getValue("quarkus.flyway.password", String.class));
                var update = connection.prepareStatement("UPDATE audit_event SET actor = ? WHERE id = ?")) {
            update.setString(1, actor);
            update.setLong(2, id);
            assertThat(update.executeUpdate()).isOne();
        }
    }
}
