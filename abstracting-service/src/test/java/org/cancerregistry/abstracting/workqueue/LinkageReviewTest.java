package org.cancerregistry.abstracting.workqueue;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cancerregistry.abstracting.AccessTokens;
import org.cancerregistry.abstracting.report.PathologyReportEvents;
import org.cancerregistry.abstracting.report.PathologyReportReceived;
import org.cancerregistry.abstracting.report.PathologyReportReceived.ReportedPatient;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class LinkageReviewTest {

    @Test
    void shouldLetARegistrarLinkAReportTheServiceCouldNotDecide() throws Exception {
        ReportedPatient known = PathologyReportEvents.uniquePerson("F");
        PathologyReportReceived first = PathologyReportEvents.report(known, "Infiltrating duct carcinoma, left breast.", "REPORTABLE");
        PathologyReportEvents.publish(first);
        String patientId = queueEntry(first.reportId()).get("patientId").toString();

        // Same SSN, another date of birth: a data-entry error or another person; a registrar decides.
        ReportedPatient conflicting = new ReportedPatient(known.identifiers(), known.lastName(), known.firstName(), "",
                "19010101", known.sex(), known.race(), null);
        PathologyReportReceived second = PathologyReportEvents.report(conflicting, "Invasive lobular carcinoma, right breast.",
                "REPORTABLE");
        PathologyReportEvents.publish(second);
        Map<String, Object> review = queueEntry(second.reportId());
        String itemId = review.get("id").toString();

        given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/work-queue/" + itemId).then().statusCode(200)
                .body("status", is("LINKAGE_REVIEW"))
                .body("patientLinkage.decision", is("REVIEW"))
                .body("patientLinkage.candidatePatientId", is(patientId))
                .body("patientLinkage.fields.ssn", is("AGREE"))
                .body("patientLinkage.fields.dateOfBirth", is("DISAGREE"));

        given().auth().oauth2(AccessTokens.registrar()).contentType(ContentType.JSON).body(Map.of("id", patientId))
                .post("/api/v1/work-queue/" + itemId + "/patient-linkage")
                .then().statusCode(200)
                .body("patientId", is(patientId))
                .body("patientLinkage.rule", is("decided by registrar.demo"))
                .body("tumorLinkage.decision", notNullValue());
    }

    @Test
    void shouldLetARegistrarStartANewPatient() throws Exception {
        ReportedPatient known = PathologyReportEvents.uniquePerson("M");
        PathologyReportEvents.publish(PathologyReportEvents.report(known, "Adenocarcinoma of prostate.", "REPORTABLE"));
        ReportedPatient conflicting = new ReportedPatient(known.identifiers(), known.lastName(), known.firstName(), "",
                "19010101", known.sex(), known.race(), null);
        PathologyReportReceived second = PathologyReportEvents.report(conflicting, "Adenocarcinoma of prostate.", "REPORTABLE");
        PathologyReportEvents.publish(second);
        String itemId = queueEntry(second.reportId()).get("id").toString();

        Map<String, Object> none = new HashMap<>();
        none.put("id", null);
        given().auth().oauth2(AccessTokens.registrar()).contentType(ContentType.JSON).body(none)
                .post("/api/v1/work-queue/" + itemId + "/patient-linkage")
                .then().statusCode(200)
                .body("patientLinkage.decision", is("NEW_PATIENT"))
                .body("status", is("OPEN"))
                .body("tumorId", notNullValue());
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownItem() {
        given().auth().oauth2(AccessTokens.registrar()).contentType(ContentType.JSON).body(Map.of("id", UUID.randomUUID().toString()))
                .post("/api/v1/work-queue/" + UUID.randomUUID() + "/patient-linkage")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static Map<String, Object> queueEntry(UUID reportId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            List<Map<String, Object>> items = given().auth().oauth2(AccessTokens.registrar())
                    .get("/api/v1/work-queue?reportId=" + reportId).then().statusCode(200).extract().path("items");
            return items.isEmpty() ? null : items.get(0);
        }, item -> item != null);
    }
}
