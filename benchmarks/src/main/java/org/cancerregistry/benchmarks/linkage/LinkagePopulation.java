package org.cancerregistry.benchmarks.linkage;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.cancerregistry.abstracting.linkage.BlockingKeys;
import org.cancerregistry.abstracting.linkage.PersonRecord;
import org.cancerregistry.benchmarks.Platform;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Fills the scratch database {@code abstracting_bench} (the abstracting service's schema, migrated by a
 * bench instance of the service) with a synthetic registry of N patients and their blocking keys, as the
 * service's own {@link BlockingKeys} computes them. Loads with COPY; the key table's primary and foreign
 * keys are dropped for the load and put back afterwards. Does nothing when the registry already holds N.
 *
 * <p>Arguments: N.
 */
public final class LinkagePopulation {

    static final String DATABASE = Platform.POSTGRES + "abstracting_bench";
    private static final int CHUNK = 10_000;

    public static void main(String[] args) throws Exception {
        long size = Long.parseLong(args[0]);
        try (Connection patients = connect(); Connection keys = connect(); Statement sql = patients.createStatement()) {
            try (ResultSet count = sql.executeQuery("SELECT count(*) FROM patient")) {
                count.next();
                if (count.getLong(1) >= size) {
                    System.out.printf("The bench registry already holds %d patients%n", count.getLong(1));
                    return;
                }
            }
            System.out.printf("Loading %d synthetic patients and their blocking keys into abstracting_bench%n", size);
            long start = System.nanoTime();
            sql.execute("SET maintenance_work_mem = '256MB'");
            sql.execute("TRUNCATE patient CASCADE");
            sql.execute("""
                    ALTER TABLE patient_blocking_key DROP CONSTRAINT patient_blocking_key_pkey,
                        DROP CONSTRAINT patient_blocking_key_patient_id_fkey""");
            long keyCount = copy(size, patients, keys);
            System.out.printf("  copied %d patients and %d keys in %.0f s; indexing%n", size, keyCount, seconds(start));
            sql.execute("""
                    ALTER TABLE patient_blocking_key ADD CONSTRAINT patient_blocking_key_pkey PRIMARY KEY (blocking_key, patient_id),
                        ADD CONSTRAINT patient_blocking_key_patient_id_fkey FOREIGN KEY (patient_id) REFERENCES patient (id)""");
            sql.execute("SELECT setval('patient_id_number', " + (size + 1) + ")");
            sql.execute("ANALYZE patient");
            sql.execute("ANALYZE patient_blocking_key");
            System.out.printf("  loaded in %.0f s%n", seconds(start));
        }
    }

    private static long copy(long size, Connection patients, Connection keys) throws SQLException {
        SyntheticPeople people = new SyntheticPeople();
        ObjectMapper json = new ObjectMapper();
        CopyIn patientCopy = ((PGConnection) patients).getCopyAPI().copyIn(
                "COPY patient (id, items, name_last, name_first, date_of_birth, ssn, created_at, version) FROM STDIN");
        CopyIn keyCopy = ((PGConnection) keys).getCopyAPI().copyIn("COPY patient_blocking_key (blocking_key, patient_id) FROM STDIN");
        StringBuilder patientRows = new StringBuilder();
        StringBuilder keyRows = new StringBuilder();
        long keyCount = 0;
        for (long n = 0; n < size; n++) {
            SyntheticPeople.Person person = people.person(n);
            UUID id = patientId(n);
            ObjectNode items = json.createObjectNode()
                    .put("patientIdNumber", String.format("%08d", n + 1))
                    .put("nameLast", person.lastName()).put("nameFirst", person.firstName())
                    .put("dateOfBirth", person.dateOfBirth()).put("sexAssignedAtBirth", person.sex())
                    .put("addrCurrentPostalCode", person.postalCode());
            if (!person.middleName().isEmpty()) {
                items.put("nameMiddle", person.middleName());
            }
            if (!person.ssn().isEmpty()) {
                items.put("socialSecurityNumber", person.ssn());
            }
            patientRows.append(id).append('\t').append(items).append('\t').append(person.lastName()).append('\t')
                    .append(person.firstName()).append('\t').append(person.dateOfBirth()).append('\t')
                    .append(person.ssn().isEmpty() ? "\\N" : person.ssn()).append("\t2026-01-01 00:00:00+00\t0\n");
            for (String key : BlockingKeys.of(record(person))) {
                keyRows.append(key).append('\t').append(id).append('\n');
                keyCount++;
            }
            if ((n + 1) % CHUNK == 0 || n + 1 == size) {
                write(patientCopy, patientRows);
                write(keyCopy, keyRows);
            }
        }
        patientCopy.endCopy();
        keyCopy.endCopy();
        return keyCount;
    }

    static PersonRecord record(SyntheticPeople.Person person) {
        return new PersonRecord(person.lastName(), person.firstName(), person.middleName(), person.dateOfBirth(), person.sex(),
                person.ssn(), person.postalCode(), "");
    }

    static UUID patientId(long n) {
        return new UUID(0x62656e6368000000L, n);
    }

    /** As the database's owner: filling the scratch registry truncates tables and rebuilds their keys. */
    static Connection connect() throws SQLException {
        return DriverManager.getConnection(DATABASE, "abstracting_owner", "abstracting_owner-local");
    }

    private static void write(CopyIn copy, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
