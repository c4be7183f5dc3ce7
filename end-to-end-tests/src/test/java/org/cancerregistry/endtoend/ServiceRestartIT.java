package org.cancerregistry.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * deploy/local/registry supervises each service: a JVM that dies (here killed with SIGKILL, as the kernel's OOM
 * killer would) is started again and becomes ready without anyone's help.
 */
class ServiceRestartIT {

    private static final Path RUN = Path.of("../deploy/local/.registry/run");

    @Test
    void shouldStartAnIntakeThatDiedAgain() throws IOException {
        ProcessHandle supervisor = ProcessHandle.of(Long.parseLong(Files.readString(RUN.resolve("registry-intake.pid")).trim()))
                .orElseThrow(() -> new AssertionError("the intake's supervisor does not run"));
        ProcessHandle jvm = supervisor.children().findFirst().orElseThrow(() -> new AssertionError("no intake JVM"));

        assertThat(jvm.destroyForcibly()).isTrue();
        jvm.onExit().join();

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() ->
                supervisor.children().anyMatch(child -> child.pid() != jvm.pid()) && ready());
        ProcessHandle restarted = supervisor.children().findFirst().orElse(null);
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
