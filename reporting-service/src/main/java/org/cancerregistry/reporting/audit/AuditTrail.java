package org.cancerregistry.reporting.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Appends to the audit trail, chained by hash. Appends are serialised by a transaction-level advisory
 * lock taken before the last row's hash is read, so that two transactions never chain onto the same row;
 * the lock is held until the caller's transaction ends. Rows are only ever inserted.
 */
@ApplicationScoped
public class AuditTrail {

    /** The advisory lock of the audit chain ("audt"). */
    static final long CHAIN_LOCK = 0x61756474L;
    private static final int BATCH_SIZE = 500;

    /** Starts appending inside the caller's transaction (auto-commit off); the rows are committed with it. */
    public Appender appendTo(Connection transaction) throws SQLException {
        if (transaction.getAutoCommit()) {
            throw new IllegalStateException("audit rows are appended inside a transaction");
        }
        try (var lock = transaction.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, CHAIN_LOCK);
            lock.execute();
        }
        String last = AuditHash.GENESIS;
        try (var query = transaction.createStatement();
                var row = query.executeQuery("SELECT row_hash FROM audit_event ORDER BY id DESC LIMIT 1")) {
            if (row.next()) {
                last = row.getString(1);
            }
        }
        return new Appender(transaction.prepareStatement("""
                INSERT INTO audit_event (occurred_at, actor, action, patient_id, subject, details, previous_hash, row_hash)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?)"""), last);
    }

    /** Adds rows in batches; {@link #close()} writes what is left. */
    public static final class Appender implements AutoCloseable {

        private final PreparedStatement insert;
        private String previousHash;
        private int pending;

        private Appender(PreparedStatement insert, String previousHash) {
            this.insert = insert;
            this.previousHash = previousHash;
        }

        public void add(AuditRecord record) throws SQLException {
            String details = AuditHash.details(record.details());
            String hash = AuditHash.of(record, details, previousHash);
            insert.setObject(1, record.occurredAt().atOffset(ZoneOffset.UTC));
            insert.setString(2, record.actor());
            insert.setString(3, record.action());
            insert.setObject(4, record.patientId());
            insert.setString(5, record.subject());
            insert.setString(6, details);
            insert.setString(7, previousHash);
            insert.setString(8, hash);
            insert.addBatch();
            previousHash = hash;
            if (++pending == BATCH_SIZE) {
                insert.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                if (pending > 0) {
                    insert.executeBatch();
                }
            } finally {
                insert.close();
            }
        }
    }
}
