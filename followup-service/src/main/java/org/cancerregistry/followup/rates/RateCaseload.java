package org.cancerregistry.followup.rates;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/**
 * The followed patients a follow-up rate counts, read from the database through a cursor: a rate over
 * a registry of millions of patients needs no more memory than one over a hundred.
 */
@ApplicationScoped
class RateCaseload {

    private static final int FETCH_SIZE = 1_000;
    private static final String DIAGNOSED_BETWEEN = """
            SELECT patient_id, diagnosis_year, eligible, vital_status, last_contact
            FROM follow_up
            WHERE diagnosis_year BETWEEN ? AND ?""";

    private final AgroalDataSource database;

    RateCaseload(AgroalDataSource database) {
        this.database = database;
    }

    /** Hands the patients diagnosed from one year through another to {@code reader}, one at a time. */
    <T> T diagnosedBetween(int fromYear, int toYear, Function<Stream<PatientFollowUp>, T> reader) {
        try (Connection connection = database.getConnection()) {
            // PostgreSQL's driver fetches in batches only inside a transaction; otherwise it reads every row at once.
            connection.setAutoCommit(false);
            try (PreparedStatement query = connection.prepareStatement(DIAGNOSED_BETWEEN)) {
                query.setFetchSize(FETCH_SIZE);
                query.setInt(1, fromYear);
                query.setInt(2, toYear);
                try (ResultSet rows = query.executeQuery()) {
                    T result = reader.apply(StreamSupport.stream(new Rows(rows), false));
                    connection.commit();
                    return result;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the followed patients", e);
        }
    }

    private static final class Rows extends Spliterators.AbstractSpliterator<PatientFollowUp> {

        private final ResultSet rows;

        Rows(ResultSet rows) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.rows = rows;
        }

        @Override
        public boolean tryAdvance(Consumer<? super PatientFollowUp> action) {
            try {
                if (!rows.next()) {
                    return false;
                }
                action.accept(new PatientFollowUp(
                        rows.getObject("patient_id", UUID.class),
                        rows.getInt("diagnosis_year"),
                        rows.getBoolean("eligible"),
                        "0".equals(rows.getString("vital_status")),
                        rows.getObject("last_contact", LocalDate.class)));
                return true;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read a followed patient", e);
            }
        }
    }
}
