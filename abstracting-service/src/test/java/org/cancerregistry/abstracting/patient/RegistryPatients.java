package org.cancerregistry.abstracting.patient;

import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.agroal.api.AgroalDataSource;

/** Registry patients written straight into the test database, for tests that read or search them. */
public final class RegistryPatients {

    private RegistryPatients() {
    }

    public static UUID insert(AgroalDataSource database, String lastName, String firstName, String dateOfBirth) throws SQLException {
        UUID id = UUID.randomUUID();
        String ssn = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000, 900_000_000));
        String items = "{" + String.join(", ", Map.of("nameLast", lastName, "nameFirst", firstName, "dateOfBirth", dateOfBirth,
                "socialSecurityNumber", ssn, "sexAssignedAtBirth", "2").entrySet().stream()
                .map(item -> quoted(item.getKey()) + ": " + quoted(item.getValue())).toList()) + "}";
        try (var connection = database.getConnection(); var insert = connection.prepareStatement("""
                INSERT INTO patient (id, items, name_last, name_first, date_of_birth, ssn, created_at, version)
                VALUES (?, cast(? AS jsonb), ?, ?, ?, ?, now(), 0)""")) {
            insert.setObject(1, id);
            insert.setString(2, items);
            insert.setString(3, lastName);
            insert.setString(4, firstName);
            insert.setString(5, dateOfBirth);
            insert.setString(6, ssn);
            insert.executeUpdate();
        }
        return id;
    }

    /** A last name no other test uses: letters only, starting with the given prefix. */
    public static String uniqueName(String prefix) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder name = new StringBuilder(prefix);
        for (int i = 0; i < 10; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
