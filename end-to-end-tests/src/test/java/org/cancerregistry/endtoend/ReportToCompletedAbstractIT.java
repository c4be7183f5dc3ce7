package org.cancerregistry.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;

/**
 * A lab's HL7 message becomes a work-queue item, is linked, abstracted through the API, fails an
 * edit, is corrected and completed, and its tumor-abstracts event carries the items; the completed
 * abstract becomes a due follow-up, and a recorded contact flows back to the abstract.
 */
class ReportToCompletedAbstractIT {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldTurnAPathologyReportIntoACompletedAbstract() throws Exception {
        // A person unlike any earlier run's, so that the linkage creates a new patient.
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String controlId = "E2E" + UUID.randomUUID().toString().substring(0, 12);
        String lastName = randomName(random, 11);
        String firstName = randomName(random, 6);
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(40 * 365));
        String message = String.join("\r",
                "MSH|^~\\&|LAB-LIS|INDEPENDENT LAB SERVICES^33D1234567^CLIA|||20260312101500||ORU^R01^ORU_R01|" + controlId
                        + "|P|2.5.1|||||||||VOL_V_50_ORU_R01^NAACCR_CP",
                "PID|1||" + ssn() + "^^^^SS~MR" + controlId.substring(3, 9) + "^^^^MR||" + lastName + "^" + firstName + "||" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "|F||2106-3",
                "OBR|1||S" + controlId.substring(3) + "|11529-5^Surgical Pathology Study Report^LN|||20260310||||||||||||||||||F",
                "OBX|1|TX|22637-3^Final diagnosis^LN||Infiltrating duct carcinoma, left breast, upper outer quadrant, 2.1 cm.||||||F",
                "");

        given().auth().oauth2(Platform.labToken()).contentType("application/hl7-v2")
                .body(message.getBytes(StandardCharsets.UTF_8))
                .post(Platform.INTAKE + "/api/v1/pathology-reports")
                .then().statusCode(200);
        String reportId = given().auth().oauth2(Platform.labToken()).get(Platform.INTAKE + "/api/v1/pathology-reports?size=100")
                .then().statusCode(200).extract().<List<Map<String, Object>>>path("items").stream()
                .filter(report -> controlId.equals(report.get("messageControlId")))
                .map(report -> (String) report.get("id")).findFirst().orElseThrow();

        String registrar = Platform.registrarToken();
        Map<String, Object> item = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> queueItem(registrar, reportId), found -> found != null);
        assertThat(item.get("status")).isEqualTo("OPEN");
        String tumorId = (String) item.get("tumorId");

        JsonNode tumor = json.readTree(given().auth().oauth2(registrar).get(Platform.ABSTRACTING + "/api/v1/tumors/" + tumorId)
                .then().statusCode(200).extract().asString());
        assertThat(tumor.path("tumorItems").path("pathReportNumber1").asText()).isEqualTo("S" + controlId.substring(3));
        assertThat(tumor.path("suggestions").path("primarySite").asText()).isEqualTo("C504");
        assertThat(tumor.path("suggestions").path("histologicTypeIcdO3").asText()).isEqualTo("8500");

        Map<String, String> items = new HashMap<>(CompleteAbstract.ITEMS);
        items.put("ageAtDiagnosis", String.format("%03d", Period.between(birth, CompleteAbstract.DIAGNOSIS).getYears()));
        items.put("dateOfDiagnosis", "19500101");
        patch(registrar, tumorId, items);
        JsonNode refused = json.readTree(given().auth().oauth2(registrar).post(Platform.ABSTRACTING + "/api/v1/tumors/" + tumorId + "/completion")
                .then().statusCode(409).contentType("application/problem+json").extract().asString());
        assertThat(refused.path("failingEdits").findValues("items").toString()).contains("dateOfDiagnosis");

        JsonNode corrected = patch(registrar, tumorId, Map.of("dateOfDiagnosis", "20260310"));
        assertThat(corrected.path("failingEdits")).as(corrected.path("failingEdits").toString()).isEmpty();

        try (TopicReader abstracts = new TopicReader("tumor-abstracts")) {
            given().auth().oauth2(registrar).post(Platform.ABSTRACTING + "/api/v1/tumors/" + tumorId + "/completion")
                    .then().statusCode(200);
            List<String> events = abstracts.read(value -> value.contains(tumorId), 1, Duration.ofSeconds(15));

            assertThat(events).hasSize(1);
            JsonNode event = json.readTree(events.get(0));
            assertThat(event.path("change").asText()).isEqualTo("COMPLETED");
            assertThat(event.path("tumorItems").path("primarySite").asText()).isEqualTo("C504");
            assertThat(event.path("tumorItems").path("dateCaseCompleted").asText()).hasSize(8);
            assertThat(event.path("patientItems").path("nameLast").asText()).isEqualTo(lastName);
        }

        // The completed abstract is followed: due 12 months after the last contact (2026-03-20).
        String patientId = tumor.path("patientId").asText();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> given().auth().oauth2(registrar)
                .get(Platform.FOLLOWUP + "/api/v1/follow-ups/due?through=2027-03-20&size=500")
                .then().statusCode(200)
                .body("items.find { it.patientId == '" + patientId + "' }.nextDueDate", org.hamcrest.Matchers.is("2027-03-20")));

        // A follow-up result flows back into the abstract's date of last contact and cancer status.
        String contactDate = LocalDate.now().minusDays(1).toString();
        given().auth().oauth2(registrar).contentType(ContentType.JSON)
                .body(Map.of("contactDate", contactDate, "source", "PHYSICIAN", "outcome", "RESULT", "vitalStatus", "ALIVE",
                        "cancerStatus", "NO_EVIDENCE"))
                .post(Platform.FOLLOWUP + "/api/v1/patients/" + patientId + "/follow-up-contacts")
                .then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> given().auth().oauth2(registrar)
                .get(Platform.ABSTRACTING + "/api/v1/tumors/" + tumorId)
                .then().statusCode(200)
                .body("patientItems.dateOfLastContact", org.hamcrest.Matchers.is(contactDate.replace("-", "")))
                .body("tumorItems.cancerStatus", org.hamcrest.Matchers.is("1")));
    }

    private JsonNode patch(String registrar, String tumorId, Map<String, String> items) throws Exception {
        return json.readTree(given().auth().oauth2(registrar).contentType(ContentType.JSON).body(Map.of("items", items))
                .patch(Platform.ABSTRACTING + "/api/v1/tumors/" + tumorId)
                .then().statusCode(200).extract().asString());
    }

    private static Map<String, Object> queueItem(String registrar, String reportId) {
        List<Map<String, Object>> items = given().auth().oauth2(registrar)
                .get(Platform.ABSTRACTING + "/api/v1/work-queue?reportId=" + reportId)
                .then().statusCode(200).extract().path("items");
        return items.isEmpty() ? null : items.get(0);
    }

    private static String randomName(ThreadLocalRandom random, int length) {
        StringBuilder name = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 1; i < length; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    private static String ssn() {
        return String.valueOf(100_000_000 + (long) (Math.random() * 800_000_000));
    }
}
