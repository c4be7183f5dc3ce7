package org.cancerregistry.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * deploy/local/registry supervises each service: a JVM that dies (here killed with SIGKILL, as the kernel's OOM
 * killer would) is started again and becomes ready without anyone's help.
 */
class ServiceRestartIT {

    private static final Path RUN = Path.of("../deploy/local/.registry/run");

    @Test
    void shouldStartAnIntakeThatDiedAgain() throws IOException, InterruptedException {
        ProcessHandle supervisor = ProcessHandle.of(Long.parseLong(Files.readString(RUN.resolve("registry-intake.pid")).trim()))
                .orElseThrow(() -> new AssertionError("the intake's supervisor does not run"));
        ProcessHandle jvm = supervisor.children().findFirst().orElseThrow(() -> new AssertionError("no intake JVM"));

        assertThat(jvm.destroyForcibly()).isTrue();
        jvm.onExit().join();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        ProcessHandle restarted = null;
        while (Instant.now().isBefore(deadline)) {
            restarted = supervisor.children().findFirst().orElse(null);
            if (restarted != null && restarted.pid() != jvm.pid() && ready()) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(restarted).as("a new intake JVM").isNotNull();
        assertThat(restarted.pid()).isNotEqualTo(jvm.pid());
        assertThat(ready()).as("the restarted intake is ready").isTrue();
    }

    /** Until the new JVM listens, REST Assured throws the socket's checked ConnectException undeclared. */
    private static boolean ready() {
        try {
            return given().get(Platform.INTAKE + "/q/health/ready").statusCode() == 200;
        } catch (Exception notListeningYet) {
            return false;
        }
    }
}
