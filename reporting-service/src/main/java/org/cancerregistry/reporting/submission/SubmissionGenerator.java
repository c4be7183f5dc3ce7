package org.cancerregistry.reporting.submission;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * while writing. Marks the submission running with the number of tumors selected, counts the tumors
 * written as it goes, then marks it ready or failed. Records every tumor it sent at its abstract
 * version, so that later submissions can select what changed since a state registry accepted it.
 */
@ApplicationScoped
public class SubmissionGenerator {

    private static final Logger LOG = Logger.getLogger(SubmissionGenerator.class);
    private static final TypeReference<Map<String, String>> ITEMS = new TypeReference<>() {
    };
    private static final int FETCH_SIZE = 500;
    private static final Set<PosixFilePermission> PRIVATE_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");

    /**
     * The selected tumors with their patients. Parameters: state registry, years (twice; empty for all),
     * changed since accepted, modified only. "accepted" is the highest abstract version of the tumor a
     * submission to this state registry sent and the state registry accepted.
     */
    private static final String SELECTED = """
            FROM reported_patient p JOIN reported_tumor t ON t.patient_id = p.patient_id
            LEFT JOIN LATERAL (
                SELECT max(st.abstract_version) AS version FROM submission_tumor st JOIN submission s ON s.id = st.submission_id
                WHERE st.tumor_id = t.tumor_id AND s.state_registry = ? AND s.acknowledgement = 'ACCEPTED') accepted ON true
            WHERE (cardinality(?) = 0 OR t.diagnosis_year = ANY (?))
              AND (NOT ? OR accepted.version IS NULL OR accepted.version < t.abstract_version)
              AND (NOT ? OR accepted.version < t.abstract_version)""";

    private final AgroalDataSource database;
    private final ManagedExecutor executor;
    private final ObjectMapper json;
    private final Path directory;
    private final int progressEvery;

    SubmissionGenerator(AgroalDataSource database, ManagedExecutor executor, ObjectMapper json,
            @ConfigProperty(name = "reporting.submission-directory") Path directory,
            @ConfigProperty(name = "reporting.submission-progress-every") int progressEvery) {
        this.database = database;
        this.executor = executor;
        this.json = json;
        this.directory = directory;
        this.progressEvery = progressEvery;
    }

    public void start(UUID submissionId) {
        executor.runAsync(() -> generate(submissionId));
    }

    void generate(UUID id) {
        try {
            Path file = createPrivateFile(id + ".xml");
            Selection selection = selection(id);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            int[] counts;
            // One snapshot for the count and the cursor, so that the total matches what is written.
            try (Connection snapshot = database.getConnection()) {
                snapshot.setAutoCommit(false);
                snapshot.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                running(id, count(snapshot, selection));
                try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), sha256)) {
                    counts = write(snapshot, id, selection, out);
                }
                snapshot.commit();
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

    /**
     * The file in the submission directory, both readable by the service's user only (0600 in 0700): the file holds
     * the patients' data. Set at creation, so that the file is never readable by others, even for a moment; the
     * directory is tightened too when it exists already.
     */
    private Path createPrivateFile(String name) throws IOException {
        Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PRIVATE_DIRECTORY));
        Files.setPosixFilePermissions(directory, PRIVATE_DIRECTORY);
        return Files.createFile(directory.resolve(name), PosixFilePermissions.asFileAttribute(PRIVATE_FILE));
    }

    private record Selection(char recordType, NaaccrVersion version, Integer[] years, String stateRegistry, boolean changedOnly) {

        boolean modifiedOnly() {
            return recordType == 'M';
        }
    }

    private Selection selection(UUID id) throws SQLException {
        try (Connection connection = database.getConnection();
                var query = connection.prepareStatement("""
                        SELECT record_type, naaccr_version, diagnosis_years, state_registry, changed_since_last_accepted
                        FROM submission WHERE id = ?""")) {
            query.setObject(1, id);
            try (var row = query.executeQuery()) {
                row.next();
                String code = row.getString("naaccr_version");
                NaaccrVersion version = Arrays.stream(NaaccrVersion.values()).filter(v -> v.code().equals(code)).findFirst().orElseThrow();
                Integer[] years = Arrays.stream(row.getString("diagnosis_years").split(",")).filter(year -> !year.isEmpty())
                        .map(Integer::valueOf).toArray(Integer[]::new);
                return new Selection(row.getString("record_type").charAt(0), version, years, row.getString("state_registry"),
                        row.getBoolean("changed_since_last_accepted"));
            }
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, Selection selection) throws SQLException {
        statement.setString(1, selection.stateRegistry());
        statement.setArray(2, connection.createArrayOf("integer", selection.years()));
        statement.setArray(3, connection.createArrayOf("integer", selection.years()));
        statement.setBoolean(4, selection.changedOnly() || selection.modifiedOnly());
        statement.setBoolean(5, selection.modifiedOnly());
    }

    private static int count(Connection connection, Selection selection) throws SQLException {
        try (var query = connection.prepareStatement("SELECT count(*) " + SELECTED)) {
            bind(connection, query, selection);
            try (var row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** Writes the selected patients with their selected tumors; answers {patients, tumors}. */
    private int[] write(Connection connection, UUID id, Selection selection, OutputStream out) throws SQLException, IOException {
        int patients = 0;
        int tumors = 0;
        try (NaaccrXmlWriter writer = new NaaccrXmlWriter(out, selection.version(), selection.recordType(), Instant.now(), Map.of());
                var query = connection.prepareStatement("""
                        SELECT p.patient_id, t.tumor_id, t.abstract_version, p.items::text AS patient_items, t.items::text AS tumor_items
                        """ + SELECTED + " ORDER BY p.patient_id, t.tumor_id");
                var sent = connection.prepareStatement(
                        "INSERT INTO submission_tumor (submission_id, tumor_id, abstract_version, patient_id) VALUES (?, ?, ?, ?)")) {
            bind(connection, query, selection);
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
                    sent.setObject(1, id);
                    sent.setObject(2, rows.getObject("tumor_id", UUID.class));
                    sent.setInt(3, rows.getInt("abstract_version"));
                    sent.setObject(4, patient);
                    sent.addBatch();
                    tumors++;
                    if (tumors % progressEvery == 0) {
                        progress(id, patients, tumors);
                        sent.executeBatch();
                    }
                }
                if (current != null) {
                    writer.write(new NaaccrPatient(patientItems, patientTumors));
                    patients++;
                }
                sent.executeBatch();
            }
        }
        return new int[] { patients, tumors };
    }

    private void running(UUID id, int total) throws SQLException {
        update(id, "UPDATE submission SET state = 'RUNNING', tumors_total = ? WHERE id = ?", total);
    }

    /** Progress is written outside the generating transaction, so that the status shows it while running. */
    private void progress(UUID id, int patients, int tumors) throws SQLException {
        update(id, "UPDATE submission SET patients = ?, tumors = ? WHERE id = ?", patients, tumors);
    }

    private void update(UUID id, String sql, int... values) throws SQLException {
        try (Connection connection = database.getConnection(); var update = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                update.setInt(i + 1, values[i]);
            }
            update.setObject(values.length + 1, id);
            update.executeUpdate();
        }
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
