package org.cancerregistry.reporting.submission;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.cancerregistry.reporting.naaccr.NaaccrPatient;
import org.cancerregistry.reporting.naaccr.NaaccrVersion;
import org.cancerregistry.reporting.naaccr.NaaccrXmlWriter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;

/**
 * Writes a submission's NAACCR XML file in the background, patient by patient from the reporting
 * store through a database cursor, so memory stays flat whatever the size; the SHA-256 is computed
 * while writing. Marks the submission running, then ready or failed.
 */
@ApplicationScoped
public class SubmissionGenerator {

    private static final Logger LOG = Logger.getLogger(SubmissionGenerator.class);
    private static final TypeReference<Map<String, String>> ITEMS = new TypeReference<>() {
    };
    private static final int FETCH_SIZE = 500;

    private final AgroalDataSource database;
    private final ManagedExecutor executor;
    private final ObjectMapper json;
    private final Path directory;

    SubmissionGenerator(AgroalDataSource database, ManagedExecutor executor, ObjectMapper json,
            @ConfigProperty(name = "reporting.submission-directory") Path directory) {
        this.database = database;
        this.executor = executor;
        this.json = json;
        this.directory = directory;
    }

    public void start(UUID submissionId) {
        executor.runAsync(() -> generate(submissionId));
    }

    void generate(UUID id) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(id + ".xml");
            Selection selection = running(id);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            int[] counts;
            try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), sha256)) {
                counts = write(selection, out);
            }
            finish(id, "READY", counts[0], counts[1], file.toString(), HexFormat.of().formatHex(sha256.digest()), null);
        } catch (IOException | SQLException | NoSuchAlgorithmException | RuntimeException e) {
            // The writer's and the store's messages name items, never their values.
            LOG.warnf("Submission %s failed: %s", id, e.getClass().getSimpleName());
            try {
                finish(id, "FAILED", 0, 0, null, null, e.getClass().getSimpleName() + ": " + e.getMessage());
            } catch (SQLException ignored) {
                LOG.warnf("Submission %s could not be marked failed", id);
            }
        }
    }

    private record Selection(char recordType, NaaccrVersion version, Integer[] years) {
    }

    private Selection running(UUID id) throws SQLException {
        try (Connection connection = database.getConnection();
                var update = connection.prepareStatement("""
                        UPDATE submission SET state = 'RUNNING' WHERE id = ?
                        RETURNING record_type, naaccr_version, diagnosis_years""")) {
            update.setObject(1, id);
            try (var row = update.executeQuery()) {
                row.next();
                String code = row.getString("naaccr_version");
                NaaccrVersion version = Arrays.stream(NaaccrVersion.values()).filter(v -> v.code().equals(code)).findFirst().orElseThrow();
                Integer[] years = Arrays.stream(row.getString("diagnosis_years").split(",")).map(Integer::valueOf).toArray(Integer[]::new);
                return new Selection(row.getString("record_type").charAt(0), version, years);
            }
        }
    }

    /** Writes the selected patients with their selected tumors; answers {patients, tumors}. */
    private int[] write(Selection selection, OutputStream out) throws SQLException, IOException {
        int patients = 0;
        int tumors = 0;
        try (Connection connection = database.getConnection();
                NaaccrXmlWriter writer = new NaaccrXmlWriter(out, selection.version(), selection.recordType(), Instant.now(), Map.of())) {
            // A cursor needs a transaction in PostgreSQL's driver; it is read-only.
            connection.setAutoCommit(false);
            try (var query = connection.prepareStatement("""
                    SELECT p.patient_id, p.items::text AS patient_items, t.items::text AS tumor_items
                    FROM reported_patient p JOIN reported_tumor t ON t.patient_id = p.patient_id
                    WHERE t.diagnosis_year = ANY (?) ORDER BY p.patient_id, t.tumor_id""")) {
                Array years = connection.createArrayOf("integer", selection.years());
                query.setArray(1, years);
                query.setFetchSize(FETCH_SIZE);
                try (var rows = query.executeQuery()) {
                    UUID current = null;
                    Map<String, String> patientItems = null;
                    List<Map<String, String>> patientTumors = new ArrayList<>();
                    while (rows.next()) {
                        UUID patient = rows.getObject("patient_id", UUID.class);
                        if (!patient.equals(current)) {
                            if (current != null) {
                                writer.write(new NaaccrPatient(patientItems, patientTumors));
                                patients++;
                            }
                            current = patient;
                            patientItems = json.readValue(rows.getString("patient_items"), ITEMS);
                            patientTumors = new ArrayList<>();
                        }
                        patientTumors.add(json.readValue(rows.getString("tumor_items"), ITEMS));
                        tumors++;
                    }
                    if (current != null) {
                        writer.write(new NaaccrPatient(patientItems, patientTumors));
                        patients++;
                    }
                }
            }
            connection.rollback();
        }
        return new int[] { patients, tumors };
    }

    private void finish(UUID id, String state, int patients, int tumors, String path, String sha256, String failure) throws SQLException {
        try (Connection connection = database.getConnection();
                var update = connection.prepareStatement("""
                        UPDATE submission SET state = ?, patients = ?, tumors = ?, file_path = ?, sha256 = ?, failure = ?,
                            completed_at = ? WHERE id = ?""")) {
            update.setString(1, state);
            update.setInt(2, patients);
            update.setInt(3, tumors);
            update.setString(4, path);
            update.setString(5, sha256);
            update.setString(6, failure);
            update.setTimestamp(7, Timestamp.from(Instant.now()));
            update.setObject(8, id);
            update.executeUpdate();
        }
    }
}
