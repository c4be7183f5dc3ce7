package org.cancerregistry.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What the platform keeps on disk holds PHI (logs, Kafka's segments, Keycloak's store, submission files): none of it
 * is readable by other users of the machine, and PostgreSQL's log keeps no data values.
 */
class PhiAtRestIT {

    private static final Path HOME = Path.of("../deploy/local/.registry");
    private static final Set<PosixFilePermission> OTHERS_READ_OR_WRITE = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    @Test
    void shouldKeepEveryFileWithPhiFromOtherUsers() throws IOException {
        List<Path> folders = Stream.of("log", "data/kafka", "data/keycloak", "data/reporting", "data/secrets")
                .map(HOME::resolve).filter(Files::exists).toList();
        assertThat(folders).as("the platform's folders").hasSizeGreaterThanOrEqualTo(3);
        for (Path folder : folders) {
            try (Stream<Path> paths = Files.walk(folder)) {
                List<Path> open = paths.filter(path -> !Files.isSymbolicLink(path))
                        .filter(path -> readableByOthers(path)).toList();
                assertThat(open).as("readable by other users under " + folder).isEmpty();
            }
        }
    }

    @Test
    void shouldLogNoDataValuesOfAFailingStatement() throws IOException, InterruptedException {
        String probe = "probe_" + UUID.randomUUID().toString().replace("-", "");
        String accession = "S26-" + UUID.randomUUID();
        ProcessBuilder command = new ProcessBuilder("/usr/lib/postgresql/15/bin/psql", "-h", "127.0.0.1", "-p", "15432",
                "-U", "intake", "-d", "intake_test", "-c",
                "CREATE TEMP TABLE " + probe + " (accession text PRIMARY KEY); INSERT INTO " + probe
                        + " VALUES ('" + accession + "'), ('" + accession + "');")
                .redirectErrorStream(true);
        command.environment().put("PGPASSWORD", "intake-local");
        Process psql = command.start();
        psql.getOutputStream().close();
        psql.getInputStream().readAllBytes();
        psql.waitFor();

        String log = Files.readString(HOME.resolve("log/postgres.log"), StandardCharsets.UTF_8);
        assertThat(log).as("the unique violation is logged").contains(probe + "_pkey");
        assertThat(log).as("without the key's value").doesNotContain(accession);
    }

    private static boolean readableByOthers(Path path) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            return permissions.stream().anyMatch(OTHERS_READ_OR_WRITE::contains);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
