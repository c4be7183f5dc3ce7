package org.cancerregistry.intake.logging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.cancerregistry.intake.AccessTokens;
import org.cancerregistry.intake.hl7.Hl7Fixtures;
import org.cancerregistry.intake.hl7.Hl7Submissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Captures everything the service logs while labs submit reports, and looks for the patient in it. */
@QuarkusTest
class NoPhiInLogsTest {

    private static final String LAST_NAME = "Quixotequist";
    private static final String SSN = "987650123";
    private static final String DATE_OF_BIRTH = "19440229";

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getLoggerName() + " " + record.getMessage() + " " + Arrays.toString(record.getParameters())
                    + " " + (record.getThrown() == null ? "" : record.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    /** The positive control: a service class that logged a patient's name at the service's level would be seen. */
    @Test
    void shouldSeeWhatAServiceClassLogs() {
        String canary = "canary " + UUID.randomUUID();
        org.jboss.logging.Logger.getLogger(Hl7Submissions.class).info(canary);

        assertThat(logged).anyMatch(line -> line.contains(Hl7Submissions.class.getName()) && line.contains(canary));
    }

    @Test
    void shouldLogNoNameSsnOrDateOfBirthOfSubmittedPatients() {
        String patient = "PID|1||" + SSN + "^^^^SS||" + LAST_NAME + "^Jane||" + DATE_OF_BIRTH + "|F";
        String accepted = Hl7Fixtures.fresh("valid/breast-carcinoma-vol-v-50.hl7").replaceFirst("PID\\|[^\r]*", patient);
        String inError = accepted.replace("|" + DATE_OF_BIRTH + "|", "|19440230|").replaceFirst("\\|MSG", "|MSGAE");

        submit(accepted, 200);
        submit(accepted, 200);
        submit(inError, 422);
        submit(patient, 400);

        assertThat(logged).noneMatch(line -> line.contains(LAST_NAME) || line.contains(SSN) || line.contains(DATE_OF_BIRTH));
    }

    private static void submit(String message, int status) {
        given().auth().oauth2(AccessTokens.lab()).contentType("application/hl7-v2")
                .body(message.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/pathology-reports")
                .then().statusCode(status);
    }
}
