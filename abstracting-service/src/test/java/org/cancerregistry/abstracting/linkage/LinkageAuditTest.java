package org.cancerregistry.abstracting.linkage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

/** Linkage decisions, automatic or a registrar's, show in the audit trail of every patient they concern. */
@QuarkusTest
class LinkageAuditTest {

    @Test
    void shouldRecordAPatientCreatedFromAReport() throws Exception {
        PathologyReportReceived report = PathologyReportEvents.report(PathologyReportEvents.uniquePerson("F"),
                "Infiltrating duct carcinoma, left breast.", "REPORTABLE");
        PathologyReportEvents.publish(report);
        String patientId = queueEntry(report.reportId()).get("patientId").toString();

        Map<String, Object> link = onlyLinkOf(trail(patientId), report.reportId(), "LINK");
        assertThat(link.get("actor")).isEqualTo("system");
        assertThat(change(link, "reportId")).containsEntry("before", null).containsEntry("after", report.reportId().toString());
        assertThat(change(link, "patientIdNumber").get("after")).asString().matches("[0-9]{8}");
    }

    @Test
    void shouldRecordAReportMovedFromOnePatientToAnotherInBothTrails() throws Exception {
        ReportedPatient known = PathologyReportEvents.uniquePerson("M");
        PathologyReportReceived first = PathologyReportEvents.report(known, "Adenocarcinoma of prostate.", "REPORTABLE");
        PathologyReportEvents.publish(first);
        String knownPatient = queueEntry(first.reportId()).get("patientId").toString();
        // Same SSN, another date of birth: the linkage leaves it to a registrar.
        ReportedPatient conflicting = new ReportedPatient(known.identifiers(), known.lastName(), known.firstName(), "", "19010101",
                known.sex(), known.race(), null);
        PathologyReportReceived second = PathologyReportEvents.report(conflicting, "Adenocarcinoma of prostate.", "REPORTABLE");
        PathologyReportEvents.publish(second);
        String itemId = queueEntry(second.reportId()).get("id").toString();

        Map<String, Object> none = new HashMap<>();
        none.put("id", null);
        String newPatient = decidePatient(itemId, none);
        Map<String, Object> created = onlyLinkOf(trail(newPatient), second.reportId(), "LINK");
        assertThat(created.get("actor")).isEqualTo("registrar.demo");

        assertThat(decidePatient(itemId, Map.of("id", knownPatient))).isEqualTo(knownPatient);
        Map<String, Object> unlinked = onlyLinkOf(trail(newPatient), second.reportId(), "UNLINK");
        assertThat(unlinked.get("actor")).isEqualTo("registrar.demo");
        assertThat(change(unlinked, "reportId")).containsEntry("before", second.reportId().toString()).containsEntry("after", null);
        Map<String, Object> linked = onlyLinkOf(trail(knownPatient), second.reportId(), "LINK");
        assertThat(linked.get("actor")).isEqualTo("registrar.demo");
    }

    private static String decidePatient(String itemId, Map<String, Object> decision) {
        return given().auth().oauth2(AccessTokens.registrar()).contentType(ContentType.JSON).body(decision)
                .post("/api/v1/work-queue/" + itemId + "/patient-linkage")
                .then().statusCode(200).extract().path("patientId");
    }

    private static List<Map<String, Object>> trail(String patientId) {
        return given().auth().oauth2(AccessTokens.registryManager()).get("/api/v1/patients/" + patientId + "/audit")
                .then().statusCode(200).extract().path("$");
    }

    private static Map<String, Object> onlyLinkOf(List<Map<String, Object>> trail, UUID reportId, String action) {
        List<Map<String, Object>> rows = trail.stream()
                .filter(event -> action.equals(event.get("action")))
                .filter(event -> event.get("changes") != null
                        && reportId.toString().equals(reportIdIn(event)))
                .toList();
        assertThat(rows).as(action + " rows of report " + reportId).hasSize(1);
        return rows.get(0);
    }

    private static String reportIdIn(Map<String, Object> event) {
        Map<String, Object> reportId = change(event, "reportId");
        if (reportId == null) {
            return null;
        }
        return (String) (reportId.get("after") != null ? reportId.get("after") : reportId.get("before"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> change(Map<String, Object> event, String item) {
        return ((Map<String, Map<String, Object>>) event.get("changes")).get(item);
    }

    private static Map<String, Object> queueEntry(UUID reportId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<Map<String, Object>> items = given().auth().oauth2(AccessTokens.registrar())
                    .get("/api/v1/work-queue?reportId=" + reportId).then().statusCode(200).extract().path("items");
            return items.isEmpty() ? null : items.get(0);
        }, item -> item != null);
    }
}
