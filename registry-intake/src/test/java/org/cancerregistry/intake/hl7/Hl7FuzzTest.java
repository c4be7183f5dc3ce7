package org.cancerregistry.intake.hl7;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.cancerregistry.intake.AccessTokens;
import org.cancerregistry.intake.hl7.Hl7Reading.AckCode;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * 100,000 malformed inputs through intake's reading of HL7 (batch split, caps, HAPI, the registry's checks, the
 * ACK), then a share of them through the real endpoint: no exception escapes, no input allocates much more
 * than its own size, and no answer is a 5xx.
 */
@QuarkusTest
class Hl7FuzzTest {

    private static final int INPUTS = 100_000;
    private static final int HTTP_INPUTS = 1_500;
    // What reading one message costs whatever its size (HAPI's model of an ORU^R01, the ACK), and per byte of input.
    private static final long FIXED_ALLOCATION = 16L * 1024 * 1024;
    private static final long ALLOCATION_PER_BYTE = 40;

    @Inject
    VolumeVMessageReader reader;

    @Inject
    Acknowledgements acknowledgements;

    @Inject
    MessageLimits limits;

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void shouldReadEveryMalformedInputWithinBoundedMemory() {
        Hl7Fuzz fuzz = new Hl7Fuzz(16);
        Map<AckCode, Integer> answers = new EnumMap<>(AckCode.class);
        double worstRatio = 0;
        for (int i = 0; i < INPUTS; i++) {
            byte[] input = fuzz.next();
            long before = threads.getCurrentThreadAllocatedBytes();
            String body = new String(input, StandardCharsets.UTF_8);
            Hl7Batch batch = Hl7Batch.of(body, limits.messagesPerBatch());
            for (String message : batch.messages().subList(0, Math.min(batch.messages().size(), limits.messagesPerBatch()))) {
                Hl7Reading reading = reader.read(message);
                assertThat(acknowledgements.of(reading)).startsWith("MSH|");
                answers.merge(reading.ackCode(), 1, Integer::sum);
            }
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            assertThat(allocated).as("bytes allocated for input %d of %d bytes", i, input.length)
                    .isLessThan(FIXED_ALLOCATION + ALLOCATION_PER_BYTE * input.length);
            worstRatio = Math.max(worstRatio, (double) allocated / Math.max(input.length, 1));
        }
        System.out.printf("HL7 fuzz: %d inputs, answers %s, worst allocation %.0f bytes per input byte%n", INPUTS, answers,
                worstRatio);
        assertThat(answers.keySet()).as("the fuzz reaches every answer").containsExactlyInAnyOrder(AckCode.values());
    }

    @Test
    void shouldNeverAnswerAMalformedInputWithA5xx() {
        Hl7Fuzz fuzz = new Hl7Fuzz(1_600);
        String token = AccessTokens.lab();
        for (int i = 0; i < HTTP_INPUTS; i++) {
            byte[] input = fuzz.next();
            int status = given().auth().oauth2(token).contentType("application/hl7-v2").body(input)
                    .when().post("/api/v1/pathology-reports")
                    .then().extract().statusCode();
            assertThat(status).as("answer to input %d (%d bytes)", i, input.length).isIn(200, 400, 403, 413, 422);
        }
    }
}
