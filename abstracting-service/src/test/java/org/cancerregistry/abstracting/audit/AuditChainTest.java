package org.cancerregistry.abstracting.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.cancerregistry.abstracting.AccessTokens;
import org.cancerregistry.abstracting.patient.RegistryPatients;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
class AuditChainTest {

    @Inject
    AgroalDataSource database;

    /* The database chains the rows, the service verifies them: both must build the same text for any value. */
    @Test
    void shouldBuildTheSameCanonicalTextAndHashInJavaAsInSql() throws Exception {
        UUID patient = UUID.randomUUID();
        List<Long> ids = new ArrayList<>();
        ids.add(insert("registrar|5:x\nJosé 😀", "CHANGE", patient, UUID.randomUUID(),
                "{\"nameLast\": {\"before\": \"O\\\"Br\\u00eden\\\\\", \"after\": null}, \"a\": {\"before\": \"\\u0001\", \"after\": \"€\"}}",
                "2026-01-01 00:00:00+00"));
        ids.add(insert("", "READ", patient, null, null, "1999-12-31 23:59:59.000001-05"));
        try (Connection connection = database.getConnection(); var rows = connection.prepareStatement("""
                SELECT id, occurred_at, actor, action, patient_id, tumor_id, changes::text AS changes, previous_hash, row_hash,
                       audit_event_canonical(id, occurred_at, actor, action, patient_id, tumor_id, changes, previous_hash) AS canonical
                FROM audit_event WHERE id = ANY (?) OR actor LIKE 'legacy|%'""")) {
            rows.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            int compared = 0;
            try (var row = rows.executeQuery()) {
                while (row.next()) {
                    AuditChain.StoredRow stored = new AuditChain.StoredRow(row.getLong("id"),
                            row.getObject("occurred_at", OffsetDateTime.class).toInstant(), row.getString("actor"),
                            row.getString("action"), row.getObject("patient_id", UUID.class), row.getObject("tumor_id", UUID.class),
                            row.getString("changes"), row.getString("previous_hash"), row.getString("row_hash"));
                    assertThat(AuditChain.canonical(stored.id(), stored.occurredAt(), stored.actor(), stored.action(),
                            stored.patientId(), stored.tumorId(), stored.changes(), stored.previousHash()))
                            .isEqualTo(row.getString("canonical"));
                    assertThat(stored.expectedHash()).isEqualTo(stored.rowHash());
                    compared++;
                }
            }
            assertThat(compared).isGreaterThanOrEqualTo(ids.size());
        }
        verification().body("valid", is(true)).body("firstInvalidId", nullValue());
    }

    /* Reads from many requests at once: each row must still link to the one before it, no two to the same. */
    @Test
    void shouldKeepTheChainValidUnderConcurrentWriters() throws Exception {
        UUID patient = RegistryPatients.insert(database, RegistryPatients.uniqueName("Chain"), "Concurrent", "19600101");
        String token = AccessTokens.registrar();
        long before = auditRows(patient);
        int writers = 16;
        int readsEach = 5;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Integer>> reads = new ArrayList<>();
            for (int i = 0; i < writers * readsEach; i++) {
                reads.add(() -> given().auth().oauth2(token).get("/api/v1/patients/" + patient).statusCode());
            }
            for (Future<Integer> status : pool.invokeAll(reads)) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(auditRows(patient) - before).isEqualTo(writers * readsEach);
        try (Connection connection = database.getConnection(); var forks = connection.prepareStatement(
                "SELECT count(*) FROM (SELECT previous_hash FROM audit_event GROUP BY previous_hash HAVING count(*) > 1) f");
                var row = forks.executeQuery()) {
            row.next();
            assertThat(row.getLong(1)).isZero();
        }
        verification().body("valid", is(true)).body("rows", greaterThanOrEqualTo(writers * readsEach));
    }

    /* Tampering as the table's owner (the login Flyway migrates with): the service's own login cannot update a row. */
    @Test
    void shouldReportTheRowWhoseActorWasChangedBehindTheServicesBack() throws Exception {
        long tampered = insert("registrar.demo", "READ", UUID.randomUUID(), null, null, "2026-03-01 12:00:00+00");
        insert("registrar.demo", "READ", UUID.randomUUID(), null, null, "2026-03-01 12:00:01+00");
        verification().body("valid", is(true));
        try {
            setActor(tampered, "someone.else");
            verification().body("valid", is(false)).body("firstInvalidId", is((int) tampered));
        } finally {
            setActor(tampered, "registrar.demo");
        }
        verification().body("valid", is(true)).body("firstInvalidId", nullValue());
    }

    @Test
    void shouldLetOnlyAManagerVerify() {
        given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/audit/verification").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "manager.demo", roles = "registry-manager")
    void shouldShowAManagerTheVerificationInTheUi() {
        given().get("/ui/audit/verification").then().statusCode(200).body(containsString("Verify the audit trail"));
        given().post("/ui/audit/verification").then().statusCode(200).body(containsString("The audit trail is intact"));
    }

    @Test
    @TestSecurity(user = "registrar.demo", roles = "registrar")
    void shouldNotShowARegistrarTheVerificationPage() {
        given().post("/ui/audit/verification").then().statusCode(403);
    }

    private static io.restassured.response.ValidatableResponse verification() {
        return given().auth().oauth2(AccessTokens.registryManager()).get("/api/v1/audit/verification").then().statusCode(200);
    }

    private long insert(String actor, String action, UUID patient, UUID tumor, String changes, String occurredAt) throws SQLException {
        try (Connection connection = database.getConnection(); var insert = connection.prepareStatement("""
                INSERT INTO audit_event (occurred_at, actor, action, patient_id, tumor_id, changes)
                VALUES (cast(? AS timestamptz), ?, ?, ?, ?, cast(? AS jsonb)) RETURNING id""")) {
            insert.setString(1, occurredAt);
            insert.setString(2, actor);
            insert.setString(3, action);
            insert.setObject(4, patient);
            insert.setObject(5, tumor);
            insert.setString(6, changes);
            try (var row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void setActor(long id, String actor) throws SQLException {
        var config = ConfigProvider.getConfig();
        String user = config.getValue("quarkus.flyway.username", String.class);
        String password = config.getValue("quarkus.flyway.password", String.class);
        try (Connection connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class), user,
                password);
                var update = connection.prepareStatement("UPDATE audit_event SET actor = ? WHERE id = ?")) {
            update.setString(1, actor);
            update.setLong(2, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private long auditRows(UUID patient) throws SQLException {
        try (Connection connection = database.getConnection();
                var count = connection.prepareStatement("SELECT count(*) FROM audit_event WHERE patient_id = ?")) {
            count.setObject(1, patient);
            try (var row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
