package org.cancerregistry.followup.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Date;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import org.cancerregistry.followup.AccessTokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** Every patient listed or written to leaves an audit row, in a hash chain that shows tampering. */
@QuarkusTest
class AuditTrailTest {

    private static final LocalDate THROUGH = LocalDate.of(2026, 6, 30);

    @Inject
    AgroalDataSource database;

    @Test
    void shouldAuditEveryPatientOfTheDueAndDelinquentListsAndKeepTheChainValidUnderConcurrentReads() throws Exception {
        String physician = "Dr " + UUID.randomUUID();
        List<UUID> due = List.of(schedule(physician, "DUE"), schedule(physician, "DUE"), schedule(physician, "DUE"));
        UUID delinquent = schedule(physician, "DELINQUENT");
        String registrar = AccessTokens.registrar();

        ExecutorService parallel = Executors.newFixedThreadPool(10);
        try {
            List<CompletableFuture<Integer>> reads = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                reads.add(CompletableFuture.supplyAsync(() -> given().auth().oauth2(registrar).queryParam("physician", physician)
                        .get("/api/v1/follow-ups/due?through=" + THROUGH).then().extract().statusCode(), parallel));
            }
            assertThat(reads.stream().map(CompletableFuture::join)).containsOnly(200);
        } finally {
            parallel.shutdown();
        }
        given().auth().oauth2(registrar).queryParam("physician", physician).get("/api/v1/follow-ups/delinquent")
                .then().statusCode(200).body("items", hasSize(1));

        assertThat(audited("due-list.read", due)).hasSize(30).containsOnly(due.toArray(UUID[]::new));
        assertThat(audited("delinquent-list.read", List.of(delinquent))).containsExactly(delinquent);
        given().auth().oauth2(AccessTokens.registryManager()).get("/api/v1/audit/verification").then().statusCode(200)
                .body("valid", is(true)).body("firstInvalidId", nullValue());
    }

    @Test
    void shouldAuditALetterWithItsId() throws Exception {
        UUID patient = schedule("Dr " + UUID.randomUUID(), "DUE");

        String letterId = given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/patients/" + patient + "/follow-up-letter")
                .then().statusCode(200).extract().header("X-Letter-Id");

        assertThat(audited("follow-up-letter.generated", List.of(patient))).containsExactly(patient);
        assertThat(subjectsOf(patient)).contains(letterId);
    }

    @Test
    void shouldFindARowChangedBehindTheServicesBack() throws Exception {
        String physician = "Dr " + UUID.randomUUID();
        schedule(physician, "DUE");
        given().auth().oauth2(AccessTokens.registrar()).queryParam("physician", physician).get("/api/v1/follow-ups/due?through=" + THROUGH)
                .then().statusCode(200);
        long tampered = lastAuditId();
        String actor = actorOf(tampered);
        // The row tampered with is followed by another: the chain breaks at it, not only at its end.
        given().auth().oauth2(AccessTokens.registrar()).queryParam("physician", physician).get("/api/v1/follow-ups/due?through=" + THROUGH)
                .then().statusCode(200);
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
    }

    private UUID schedule(String physician, String status) throws SQLException {
        UUID patient = UUID.randomUUID();
        try (var connection = database.getConnection();
                var insert = connection.prepareStatement("""
                        INSERT INTO follow_up (patient_id, name_last, name_first, date_of_birth, physician, last_contact, next_due_date,
                            delinquent_from, status, eligible, updated_at)
                        VALUES (?, 'Audited', 'Ada', '19500101', ?, ?, ?, ?, ?, true, now())""")) {
            insert.setObject(1, patient);
            insert.setString(2, physician);
            insert.setDate(3, Date.valueOf(THROUGH.minusYears(1)));
            insert.setDate(4, Date.valueOf(THROUGH));
            insert.setDate(5, Date.valueOf(THROUGH.plusMonths(3)));
            insert.setString(6, status);
            insert.executeUpdate();
        }
        return patient;
    }

    private List<UUID> audited(String action, List<UUID> patients) throws SQLException {
        try (var connection = database.getConnection();
                var query = connection.prepareStatement("SELECT patient_id FROM audit_event WHERE action = ? AND patient_id = ANY (?)")) {
            query.setString(1, action);
            query.setArray(2, connection.createArrayOf("uuid", patients.toArray()));
            List<UUID> found = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getObject(1, UUID.class));
                }
            }
            return found;
        }
    }

    private List<String> subjectsOf(UUID patient) throws SQLException {
        try (var connection = database.getConnection();
                var query = connection.prepareStatement("SELECT subject FROM audit_event WHERE patient_id = ?")) {
            query.setObject(1, patient);
            List<String> found = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
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
