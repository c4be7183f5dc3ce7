package org.cancerregistry.reporting.submission;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.cancerregistry.reporting.audit.AuditRecord;
import org.cancerregistry.reporting.audit.AuditTrail;

import io.agroal.api.AgroalDataSource;

/**
 * Records a download of a submission file: who and when, and in the audit trail one row for every
 * patient in the file, in one transaction. The patients are read through a cursor from what the file
 * sent, never from the file itself.
 */
@ApplicationScoped
public class SubmissionDownloads {

    static final String DOWNLOADED = "submission-file.downloaded";
    private static final int FETCH_SIZE = 500;

    private final AgroalDataSource database;
    private final AuditTrail audit;

    SubmissionDownloads(AgroalDataSource database, AuditTrail audit) {
        this.database = database;
        this.audit = audit;
    }

    void record(Submission submission, String downloadedBy) throws SQLException {
        Instant now = Instant.now();
        try (Connection transaction = database.getConnection()) {
            transaction.setAutoCommit(false);
            try {
                try (var insert = transaction.prepareStatement(
                        "INSERT INTO submission_download (submission_id, downloaded_by, downloaded_at) VALUES (?, ?, ?)")) {
                    insert.setObject(1, submission.id);
                    insert.setString(2, downloadedBy);
                    insert.setTimestamp(3, Timestamp.from(now));
                    insert.executeUpdate();
                }
                Map<String, Object> details = Map.of("stateRegistry", submission.stateRegistry, "recordType", submission.recordType);
                try (var appender = audit.appendTo(transaction);
                        var patients = transaction.prepareStatement("""
                                SELECT DISTINCT COALESCE(st.patient_id, t.patient_id) AS patient_id
                                FROM submission_tumor st LEFT JOIN reported_tumor t ON t.tumor_id = st.tumor_id
                                WHERE st.submission_id = ? ORDER BY 1""")) {
                    patients.setObject(1, submission.id);
                    patients.setFetchSize(FETCH_SIZE);
                    try (var rows = patients.executeQuery()) {
                        while (rows.next()) {
                            appender.add(new AuditRecord(now, downloadedBy, DOWNLOADED, rows.getObject(1, UUID.class),
                                    submission.id.toString(), details));
                        }
                    }
                }
                transaction.commit();
            } catch (SQLException | RuntimeException e) {
                transaction.rollback();
                throw e;
            }
        }
    }
}
