package org.cancerregistry.intake.hl7;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.cancerregistry.intake.AccessTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A large message (about 1.9 MB, within every limit) is read, screened and stored off the event loop: while it is
 * being taken in, the small requests of others are answered without waiting for it.
 */
@QuarkusTest
class EventLoopTest {

    private static final String DIAGNOSIS = "Infiltrating duct carcinoma, left breast, 2.1 cm.";
    private static final String SENTENCE = "No evidence of lymphovascular invasion; margins negative for carcinoma. ";

    @Test
    void shouldAnswerSmallRequestsWhileALargeMessageIsTakenIn() throws Exception {
        String diagnosis = DIAGNOSIS + " " + SENTENCE.repeat(250_000 / SENTENCE.length());
        String comments = ("NTE|1|L|" + "Comment of the laboratory on the specimen and on its handling. ".repeat(5) + "\r").repeat(4_900);
        String message = Hl7Fixtures.fresh("valid/breast-carcinoma-vol-v-50.hl7").replace(DIAGNOSIS, diagnosis) + comments;
        byte[] body = message.getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isBetween(1_800_000, 2_000_000);
        String lab = AccessTokens.lab();
        String registrar = AccessTokens.registrar();

        long started = System.nanoTime();
        CompletableFuture<String> large = CompletableFuture.supplyAsync(() -> given().auth().oauth2(lab)
                .contentType("application/hl7-v2").body(body).when().post("/api/v1/pathology-reports")
                .then().statusCode(200).extract().asString());
        long slowest = 0;
        int answered = 0;
        while (!large.isDone() || answered < 5) {
            long before = System.nanoTime();
            given().auth().oauth2(registrar).when().get("/api/v1/pathology-reports/" + UUID.randomUUID()).then().statusCode(404);
            slowest = Math.max(slowest, (System.nanoTime() - before) / 1_000_000);
            answered++;
        }
        Ack ack = Ack.of(large.get(60, TimeUnit.SECONDS));
        long took = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("a %d-byte message took %d ms; %d small requests meanwhile, the slowest %d ms%n", body.length, took,
                answered, slowest);

        assertThat(ack.code()).isEqualTo("AA");
        assertThat(slowest).isLessThan(2_000);
        // With its screening on the event loop, one small request waited for more than half of the large one's time.
        assertThat(slowest).isLessThan(took / 2);
    }
}
