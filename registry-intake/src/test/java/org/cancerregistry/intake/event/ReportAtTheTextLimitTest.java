package org.cancerregistry.intake.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cancerregistry.intake.AccessTokens;
import org.cancerregistry.intake.contract.ReportItemLimits;
import org.cancerregistry.intake.hl7.Ack;
import org.cancerregistry.intake.hl7.Hl7Fixtures;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Intake's limits keep every accepted report publishable: a report whose texts hold the most characters a report may,
 * each of them 3 bytes in UTF-8, is accepted and its event really arrives on Kafka; one character more is refused.
 */
@QuarkusTest
class ReportAtTheTextLimitTest {

    private static final String FIXTURE = "valid/breast-carcinoma-vol-v-50.hl7";
    private static final String DIAGNOSIS = "Infiltrating duct carcinoma, left breast, 2.1 cm.";
    private static final int OTHER_SECTIONS = "Left breast mass, upper outer quadrant.".length() + "Left breast, lumpectomy.".length();
    private static final String THREE_BYTES = "\u20ac";

    @Test
    void shouldPublishTheEventOfAReportAtTheTextLimit() throws Exception {
        String accession = Hl7Fixtures.uniqueId("S");
        String diagnosis = DIAGNOSIS + THREE_BYTES.repeat(ReportItemLimits.REPORT_TEXT_LENGTH - OTHER_SECTIONS - DIAGNOSIS.length());
        String message = Hl7Fixtures.message(FIXTURE, Hl7Fixtures.uniqueId("MSG"), accession).replace(DIAGNOSIS, diagnosis);

        try (PathologyReportsTopic topic = new PathologyReportsTopic()) {
            Ack ack = Ack.of(submit(message, 200));
            assertThat(ack.code()).isEqualTo("AA");

            List<ConsumerRecord<String, String>> events = topic.read(r -> r.value().contains(accession), 1, Duration.ofSeconds(30));

            assertThat(events).hasSize(1);
            System.out.printf("event of a report at the text limit: %d bytes%n", events.get(0).serializedValueSize());
            assertThat(events.get(0).serializedValueSize()).isGreaterThan(3 * ReportItemLimits.REPORT_TEXT_LENGTH - 3 * 1024);
            JsonNode event = new ObjectMapper().readTree(events.get(0).value());
            assertThat(event.path("sections").get(0).path("text").asText()).isEqualTo(diagnosis);
        }
    }

    @Test
    void shouldRefuseAReportOneCharacterPastTheTextLimit() {
        String diagnosis = DIAGNOSIS + THREE_BYTES.repeat(ReportItemLimits.REPORT_TEXT_LENGTH - OTHER_SECTIONS - DIAGNOSIS.length() + 1);
        String message = Hl7Fixtures.fresh(FIXTURE).replace(DIAGNOSIS, diagnosis);

        Ack ack = Ack.of(submit(message, 422));

        assertThat(ack.code()).isEqualTo("AE");
        assertThat(ack.errors()).singleElement().asString().contains("more than the 262144 of one report");
    }

    private static String submit(String message, int status) {
        return given().auth().oauth2(AccessTokens.lab()).contentType("application/hl7-v2")
                .body(message.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/pathology-reports")
                .then().statusCode(status).extract().asString();
    }
}
