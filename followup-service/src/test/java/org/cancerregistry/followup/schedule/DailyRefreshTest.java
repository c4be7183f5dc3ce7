package org.cancerregistry.followup.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DailyRefreshTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Inject
    AgroalDataSource database;

    @Inject
    DailyRefresh refresh;

    @Test
    void shouldMoveEachPatientToTheStatusTheDateGivesAndChangeNothingTheSecondTime() throws SQLException {
        UUID becameDue = followUp(TODAY.minusMonths(12), "CURRENT", true, "1");
        UUID becameDelinquent = followUp(TODAY.minusMonths(15), "DUE", true, "1");
        UUID stillCurrent = followUp(TODAY.minusMonths(11), "CURRENT", true, "1");

        assertThat(refresh.refresh().ran()).isTrue();

        assertThat(status(becameDue)).isEqualTo("DUE");
        assertThat(status(becameDelinquent)).isEqualTo("DELINQUENT");
        assertThat(status(stillCurrent)).isEqualTo("CURRENT");
        assertThat(refresh.refresh().changed()).isZero();
    }

    @Test
    void shouldSkipWhileAnotherInstanceRuns() throws SQLException {
        try (Connection other = database.getConnection()) {
            other.setAutoCommit(false);
            try (var lock = other.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, 0x466f6c6c6f7755L);
                lock.execute();
            }

            assertThat(refresh.refresh().ran()).isFalse();
            other.rollback();
        }
        assertThat(refresh.refresh().ran()).isTrue();
    }

    private UUID followUp(LocalDate lastContact, String status, boolean eligible, String vitalStatus) throws SQLException {
        UUID patient = UUID.randomUUID();
        try (var connection = database.getConnection();
                var insert = connection.prepareStatement("""
                        INSERT INTO follow_up (patient_id, last_contact, next_due_date, delinquent_from, status, eligible,
                            vital_status, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, now())""")) {
            insert.setObject(1, patient);
            insert.setObject(2, lastContact);
            insert.setObject(3, lastContact.plusMonths(12));
            insert.setObject(4, lastContact.plusMonths(15));
            insert.setString(5, status);
            insert.setBoolean(6, eligible);
            insert.setString(7, vitalStatus);
            insert.executeUpdate();
        }
        return patient;
    }

    private String status(UUID patient) throws SQLException {
        try (var connection = database.getConnection();
                var query = connection.prepareStatement("SELECT status FROM follow_up WHERE patient_id = ?")) {
            query.setObject(1, patient);
            try (var row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
