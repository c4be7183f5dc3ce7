package org.cancerregistry.intake.hl7;

import java.sql.SQLException;

import io.agroal.api.AgroalDataSource;

/** What intake's database holds of the reports a test sent. */
public final class StoredReports {

    private StoredReports() {
    }

    public static int withControlId(AgroalDataSource database, String controlId) throws SQLException {
        try (var connection = database.getConnection();
                var query = connection.prepareStatement("SELECT count(*) FROM pathology_report WHERE message_control_id = ?")) {
            query.setString(1, controlId);
            try (var row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
