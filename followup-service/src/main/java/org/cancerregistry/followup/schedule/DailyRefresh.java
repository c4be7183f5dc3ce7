package org.cancerregistry.followup.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;

/**
 * Once a day, moves every followed patient to the status the date gives (current, due, delinquent).
 * Idempotent, and run by one instance only when several run: the first to take a PostgreSQL
 * transaction-level advisory lock does the work, the others skip.
 */
@ApplicationScoped
public class DailyRefresh {

    private static final Logger LOG = Logger.getLogger(DailyRefresh.class);
    // Any constant shared by all instances of this service; the lock is released at commit.
    private static final long LOCK_KEY = 0x466f6c6c6f7755L;
    private static final int BATCH = 1000;

    /** What a run did. */
    public record Outcome(boolean ran, int changed) {
    }

    private final AgroalDataSource database;
    private final Clock clock;

    DailyRefresh(AgroalDataSource database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Scheduled(cron = "${followup.refresh-cron:0 30 1 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everyDay() {
        try {
            Outcome outcome = refresh();
            LOG.infof("Daily follow-up refresh: %s, %d status change(s)", outcome.ran() ? "ran" : "skipped (another instance)",
                    outcome.changed());
        } catch (SQLException e) {
            LOG.warnf("Daily follow-up refresh failed (%s); it runs again tomorrow or on demand", e.getClass().getSimpleName());
        }
    }

    public Outcome refresh() throws SQLException {
        LocalDate today = LocalDate.now(clock);
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try (var lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
                lock.setLong(1, LOCK_KEY);
                try (var row = lock.executeQuery()) {
                    row.next();
                    if (!row.getBoolean(1)) {
                        connection.rollback();
                        return new Outcome(false, 0);
                    }
                }
            }
            int changed = 0;
            try (var select = connection.prepareStatement(
                    "SELECT patient_id, last_contact, vital_status, eligible, status FROM follow_up WHERE status <> 'CLOSED'");
                    var update = connection.prepareStatement("UPDATE follow_up SET status = ?, updated_at = now() WHERE patient_id = ?")) {
                select.setFetchSize(BATCH);
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        FollowUpStatus now = FollowUp.statusOn(today, rows.getObject("last_contact", LocalDate.class),
                                "0".equals(rows.getString("vital_status")), rows.getBoolean("eligible"));
                        if (!now.name().equals(rows.getString("status"))) {
                            update.setString(1, now.name());
                            update.setObject(2, rows.getObject("patient_id"));
                            update.addBatch();
                            if (++changed % BATCH == 0) {
                                update.executeBatch();
                            }
                        }
                    }
                }
                update.executeBatch();
            }
            connection.commit();
            return new Outcome(true, changed);
        }
    }
}
