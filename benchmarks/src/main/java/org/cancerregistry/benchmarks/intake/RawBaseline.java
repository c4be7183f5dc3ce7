package org.cancerregistry.benchmarks.intake;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cancerregistry.benchmarks.Platform;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;

/**
 * The least an intake must do, in one process without HTTP, security, screening or events: parse each
 * message with HAPI as the intake service does, read a few fields, and insert them with the raw message
 * in JDBC batches into a scratch table of the scratch database {@code bench}.
 */
final class RawBaseline {

    private static final int BATCH = 100;
    private static final String DATABASE = Platform.POSTGRES + "bench?reWriteBatchedInserts=true";

    private final VolumeVMessages messages;
    private final int threads = Runtime.getRuntime().availableProcessors();

    RawBaseline(VolumeVMessages messages) throws SQLException {
        this.messages = messages;
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE IF NOT EXISTS bench_report (
                        id UUID PRIMARY KEY, message_control_id VARCHAR(199) NOT NULL, accession_number VARCHAR(20),
                        patient_last_name VARCHAR(40), patient_first_name VARCHAR(40), patient_date_of_birth VARCHAR(8),
                        raw_message TEXT NOT NULL)""");
        }
    }

    /** Takes in that many reports; returns reports per second. */
    double run(int reports) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE bench_report");
        }
        List<List<String>> shares = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<String> share = new ArrayList<>();
            for (int i = t; i < reports; i += threads) {
                share.add(messages.next());
            }
            shares.add(share);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Void>> done = new ArrayList<>();
            for (List<String> share : shares) {
                done.add(pool.submit(() -> {
                    takeIn(share);
                    return null;
                }));
            }
            for (Future<Void> f : done) {
                f.get();
            }
            return reports / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private void takeIn(List<String> share) throws Exception {
        HapiContext context = new DefaultHapiContext();
        context.setValidationContext(ValidationContextFactory.noValidation());
        context.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
        PipeParser parser = context.getPipeParser();
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO bench_report (id, message_control_id, accession_number, patient_last_name, patient_first_name,
                    patient_date_of_birth, raw_message) VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            connection.setAutoCommit(false);
            int pending = 0;
            for (String text : share) {
                Message message = parser.parse(text);
                Terser fields = new Terser(message);
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, fields.get("/MSH-10"));
                insert.setString(3, fields.get("/.OBR-3-1"));
                insert.setString(4, fields.get("/.PID-5-1"));
                insert.setString(5, fields.get("/.PID-5-2"));
                insert.setString(6, left(fields.get("/.PID-7-1"), 8));
                insert.setString(7, text);
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    connection.commit();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
                connection.commit();
            }
        }
    }

    private static String left(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(DATABASE, "bench", "bench-local");
    }
}
