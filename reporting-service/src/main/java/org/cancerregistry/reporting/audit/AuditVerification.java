package org.cancerregistry.reporting.audit;

import static org.cancerregistry.reporting.Roles.REGISTRY_MANAGER;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.agroal.api.AgroalDataSource;
import io.smallrye.common.annotation.Blocking;

@Path("/api/v1/audit/verification")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(REGISTRY_MANAGER)
public class AuditVerification {

    /** Whether the chain holds; the first row whose hash or link does not match, if any. */
    public record Verification(boolean valid, long rows, Long firstInvalidId) {
    }

    private static final int FETCH_SIZE = 1000;

    private final AgroalDataSource database;

    AuditVerification(AgroalDataSource database) {
        this.database = database;
    }

    @GET
    @Blocking
    @Operation(summary = "Verify the audit trail's hash chain",
            description = "Reads every audit row in order through a cursor and computes each row's hash again from its fields and "
                    + "the previous row's hash: a changed, removed or inserted row makes the chain invalid from that row on.")
    public Verification verify() throws SQLException {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (var query = connection.prepareStatement("""
                    SELECT id, occurred_at, actor, action, patient_id, subject, details::text AS details, previous_hash, row_hash
                    FROM audit_event ORDER BY id""")) {
                query.setFetchSize(FETCH_SIZE);
                long rows = 0;
                String previous = AuditHash.GENESIS;
                try (var row = query.executeQuery()) {
                    while (row.next()) {
                        rows++;
                        AuditRecord record = new AuditRecord(row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                                row.getString("actor"), row.getString("action"), row.getObject("patient_id", UUID.class),
                                row.getString("subject"), null);
                        String stored = row.getString("row_hash");
                        if (!previous.equals(row.getString("previous_hash")) || !stored.equals(hash(record, row.getString("details"), previous))) {
                            connection.rollback();
                            return new Verification(false, rows, row.getLong("id"));
                        }
                        previous = stored;
                    }
                }
                connection.rollback();
                return new Verification(true, rows, null);
            }
        }
    }

    /** The row's hash computed again; null when its details are no longer JSON: a row changed. */
    private static String hash(AuditRecord record, String storedDetails, String previous) {
        try {
            return AuditHash.of(record, AuditHash.storedDetails(storedDetails), previous);
        } catch (IllegalArgumentException notJson) {
            return null;
        }
    }
}
