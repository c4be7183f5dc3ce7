package org.cancerregistry.endtoend.browser;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.cancerregistry.endtoend.Platform.ABSTRACTING;
import static org.cancerregistry.endtoend.Platform.INTAKE;
import static org.cancerregistry.endtoend.Platform.labToken;
import static org.cancerregistry.endtoend.Platform.registrarToken;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The running platform seen through its APIs, for what a browser test needs around the pages: a lab's report of a
 * new, random patient (so that linkage makes a new patient every run).
 */
final class Registry {

    /** A report a lab sent: the accession number the queue shows, and the person it names. */
    record LabReport(String reportId, String accessionNumber, String lastName, String firstName, LocalDate birth) {
    }

    private Registry() {
    }

    /** A left breast infiltrating duct carcinoma collected 2026-03-10, sent as HL7 Volume V by the demo lab. */
    static LabReport breastCancerReport() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String controlId = "UI" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String lastName = randomName(random, 10);
        String firstName = randomName(random, 7);
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(40 * 365));
        String accession = "S" + controlId.substring(2);
        String message = String.join("\r",
                "MSH|^~\\&|LAB-LIS|INDEPENDENT LAB SERVICES^33D1234567^CLIA|||20260312101500||ORU^R01^ORU_R01|" + controlId
                        + "|P|2.5.1|||||||||VOL_V_50_ORU_R01^NAACCR_CP",
                "PID|1||" + (100_000_000 + random.nextInt(800_000_000)) + "^^^^SS~MR" + controlId.substring(2, 9) + "^^^^MR||"
                        + lastName + "^" + firstName + "||" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "|F||2106-3",
                "OBR|1||" + accession + "|11529-5^Surgical Pathology Study Report^LN|||20260310||||||||||||||||||F",
                "OBX|1|TX|22637-3^Final diagnosis^LN||Infiltrating duct carcinoma, left breast, upper outer quadrant, 2.1 cm.||||||F",
                "");
        String lab = labToken();
        given().auth().oauth2(lab).contentType("application/hl7-v2").body(message.getBytes(StandardCharsets.UTF_8))
                .post(INTAKE + "/api/v1/pathology-reports")
                .then().statusCode(200);
        String reportId = given().auth().oauth2(lab).get(INTAKE + "/api/v1/pathology-reports?size=100")
                .then().statusCode(200).extract().<List<Map<String, Object>>>path("items").stream()
                .filter(report -> controlId.equals(report.get("messageControlId")))
                .map(report -> (String) report.get("id")).findFirst().orElseThrow();
        return new LabReport(reportId, accession, lastName, firstName, birth);
    }

    /** The work-queue item of a report, once abstracting has queued it. */
    static Map<String, Object> queueItem(String reportId) {
        String registrar = registrarToken();
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            List<Map<String, Object>> items = given().auth().oauth2(registrar)
                    .get(ABSTRACTING + "/api/v1/work-queue?reportId=" + reportId)
                    .then().statusCode(200).extract().path("items");
            return items.isEmpty() ? null : items.get(0);
        }, item -> item != null);
    }

    private static String randomName(ThreadLocalRandom random, int length) {
        StringBuilder name = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 1; i < length; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }
}
