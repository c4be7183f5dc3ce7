package org.cancerregistry.intake.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cancerregistry.intake.AccessTokens;
import org.cancerregistry.intake.hl7.Hl7Fixtures;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PathologyReportEventTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldPublishOneEventPerAcceptedReportKeyedWithoutPhi() throws Exception {
        String controlId = Hl7Fixtures.uniqueId("MSG");
        String accession = Hl7Fixtures.uniqueId("S");
        String message = Hl7Fixtures.message("valid/breast-carcinoma-vol-v-50.hl7", controlId, accession);

        try (PathologyReportsTopic topic = new PathologyReportsTopic()) {
            submit(message);
            List<ConsumerRecord<String, String>> events = topic.read(r -> r.value().contains(controlId), 1, Duration.ofSeconds(10));
            submit(message);
            List<ConsumerRecord<String, String>> afterResend = topic.read(r -> r.value().contains(controlId), 1, Duration.ofSeconds(2));

            assertThat(events).hasSize(1);
            assertThat(afterResend).isEmpty();
            ConsumerRecord<String, String> event = events.get(0);
            assertThat(event.key()).hasSize(32).doesNotContain("Doe").doesNotContain("123456789");
            JsonNode body = json.readTree(event.value());
            assertThat(body.path("eventId").asText()).isNotBlank();
            assertThat(body.path("version").asInt()).isEqualTo(PathologyReportReceived.SCHEMA_VERSION);
            assertThat(body.path("reportVersion").asInt()).isEqualTo(1);
            assertThat(body.path("labClia").asText()).isEqualTo("33D1234567");
            assertThat(body.path("accessionNumber").asText()).isEqualTo(accession);
            assertThat(body.path("specimenCollectionDate").asText()).isEqualTo("20260310");
            assertThat(body.path("patient").path("lastName").asText()).isEqualTo("Doe");
            assertThat(body.path("patient").path("dateOfBirth").asText()).isEqualTo("19570706");
            assertThat(body.path("sections").findValuesAsText("loinc")).contains("22637-3", "22636-5", "22633-2");
            assertThat(body.path("screening").path("reportability").asText()).isEqualTo("REPORTABLE");
            EventContract.assertPublishedLike("contract/pathology-reports/PathologyReportReceived.v1.json", event.value());
        }
    }

    @Test
    void shouldKeyAPatientsReportsAlike() throws Exception {
        String first = Hl7Fixtures.uniqueId("MSG");
        String second = Hl7Fixtures.uniqueId("MSG");

        try (PathologyReportsTopic topic = new PathologyReportsTopic()) {
            submit(Hl7Fixtures.message("valid/breast-carcinoma-vol-v-50.hl7", first, Hl7Fixtures.uniqueId("S")));
            submit(Hl7Fixtures.message("valid/negative-biopsy-not-reportable.hl7", second, Hl7Fixtures.uniqueId("S")));
            List<ConsumerRecord<String, String>> events = topic.read(
                    r -> r.value().contains(first) || r.value().contains(second), 2, Duration.ofSeconds(10));

            assertThat(events).hasSize(2);
            assertThat(events.get(0).key()).isEqualTo(events.get(1).key());
            assertThat(events.get(0).partition()).isEqualTo(events.get(1).partition());
        }
    }

    private static void submit(String message) {
        given().auth().oauth2(AccessTokens.lab()).contentType("application/hl7-v2")
                .body(message.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/pathology-reports")
                .then().statusCode(200);
    }
}
