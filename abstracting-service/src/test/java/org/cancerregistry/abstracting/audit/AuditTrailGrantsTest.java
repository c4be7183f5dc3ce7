package org.cancerregistry.abstracting.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.SQLException;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The service's own login may add audit rows but never change or remove one, nor change the schema: Flyway
 * migrates as the database's owner (deploy/local/registry create_databases, db/migration/afterMigrate.sql).
 */
@QuarkusTest
class AuditTrailGrantsTest {

    @Inject
    AgroalDataSource serviceLogin;

    @Test
    void shouldRefuseTheServiceLoginToChangeOrRemoveAuditRows() {
        for (String statement : new String[] {
                "UPDATE audit_event SET actor = actor WHERE false",
                "DELETE FROM audit_event WHERE false",
                "TRUNCATE audit_event",
                "ALTER TABLE audit_event DISABLE TRIGGER ALL",
                "CREATE TABLE audit_copy (id bigint)" }) {
            SQLException refused = catchThrowableOfType(() -> execute(statement), SQLException.class);
            assertThat((Throwable) refused).as(statement).isNotNull();
            // 42501 insufficient_privilege; an ALTER TABLE by a non-owner says "must be owner" with the same code.
            assertThat(refused.getSQLState()).as(statement).isEqualTo("42501");
        }
    }

    @Test
    void shouldLetTheServiceLoginReadTheAuditTrail() throws SQLException {
        try (var connection = serviceLogin.getConnection();
                var count = connection.createStatement().executeQuery("SELECT count(*) FROM audit_event")) {
            assertThat(count.next()).isTrue();
        }
    }

    private void execute(String statement) throws SQLException {
        try (var connection = serviceLogin.getConnection(); var sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
