package org.cancerregistry.abstracting.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.cancerregistry.abstracting.AccessTokens;
import org.cancerregistry.abstracting.report.PathologyReportReceived.ReportedPatient;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReportReceptionTest {

    @Inject
    AgroalDataSource database;

    @Test
    void shouldQueueReportableReportLinkedToNewPatientAndTumor() throws Exception {
        PathologyReportReceived event = PathologyReportEvents.report(PathologyReportEvents.uniquePerson("F"),
                "Infiltrating duct carcinoma, left breast, upper outer quadrant.", "REPORTABLE");

        PathologyReportEvents.publish(event);

        String itemId = awaitQueueItem(event.reportId());
        given().auth().oauth2(AccessTokens.registrar()).when().get("/api/v1/work-queue/" + itemId)
                .then().statusCode(200)
                .body("status", org.hamcrest.Matchers.is("OPEN"))
                .body("patientLinkage.decision", org.hamcrest.Matchers.is("NEW_PATIENT"))
                .body("tumorLinkage.decision", org.hamcrest.Matchers.is("MULTIPLE"));
    }

    @Test
    void shouldKeepNonReportableReportWithoutQueueingIt() throws Exception {
        PathologyReportReceived event = PathologyReportEvents.report(PathologyReportEvents.uniquePerson("M"),
                "Benign prostatic hyperplasia. Negative for malignancy.", "NOT_REPORTABLE");

        PathologyReportEvents.publish(event);

        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM pathology_report WHERE id = ?", event.reportId()) == 1);
        assertThat(count("SELECT count(*) FROM work_queue_item WHERE report_id = ?", event.reportId())).isZero();
    }

    @Test
    void shouldHandleARedeliveredEventOnce() throws Exception {
        PathologyReportReceived event = PathologyReportEvents.report(PathologyReportEvents.uniquePerson("F"),
                "Adenocarcinoma of the sigmoid colon.", "REPORTABLE");

        PathologyReportEvents.publish(event);
        PathologyReportEvents.publish(event);
        // The same patient's events share a partition and are taken in order: once this one is stored, the
        // redelivery before it has been handled too.
        PathologyReportReceived after = PathologyReportEvents.report(event.patient(), "Benign colonic mucosa.", "NOT_REPORTABLE");
        PathologyReportEvents.publish(after);
        awaitQueueItem(event.reportId());
        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM pathology_report WHERE id = ?", after.reportId()) == 1);

        assertThat(count("SELECT count(*) FROM work_queue_item WHERE report_id = ?", event.reportId())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = ?", event.eventId())).isEqualTo(1);
    }

    @Test
    void shouldLinkASecondReportOfTheSamePatientToTheSameTumor() throws Exception {
        ReportedPatient patient = PathologyReportEvents.uniquePerson("F");
        PathologyReportReceived first = PathologyReportEvents.report(patient, "Infiltrating duct carcinoma, left breast.", "REPORTABLE");
        PathologyReportReceived second = PathologyReportEvents.report(patient, "Residual infiltrating duct carcinoma, left breast.",
                "REPORTABLE");

        PathologyReportEvents.publish(first);
        String firstItem = awaitQueueItem(first.reportId());
        PathologyReportEvents.publish(second);
        String secondItem = awaitQueueItem(second.reportId());

        String patientOfFirst = entry(firstItem, "patientId");
        assertThat(entry(secondItem, "patientId")).isEqualTo(patientOfFirst);
        assertThat(entry(secondItem, "patientLinkage.decision")).isEqualTo("LINK");
        assertThat(entry(secondItem, "tumorId")).isEqualTo(entry(firstItem, "tumorId"));
    }

    @Test
    void shouldQueueACorrectedReportInPlaceOfTheVersionItCorrects() throws Exception {
        ReportedPatient patient = PathologyReportEvents.uniquePerson("F");
        PathologyReportReceived original = PathologyReportEvents.report(patient, "Ductal carcinoma in situ, left breast.",
                "REPORTABLE");
        PathologyReportReceived correction = PathologyReportEvents.correction(original,
                "Infiltrating duct carcinoma, left breast (corrected report).");

        PathologyReportEvents.publish(original);
        String originalItem = awaitQueueItem(original.reportId());
        PathologyReportEvents.publish(correction);
        String correctionItem = awaitQueueItem(correction.reportId());

        assertThat(entry(originalItem, "status")).isEqualTo("SUPERSEDED");
        assertThat(entry(correctionItem, "status")).isEqualTo("OPEN");
        assertThat(entry(correctionItem, "tumorId")).isEqualTo(entry(originalItem, "tumorId"));
        given().auth().oauth2(AccessTokens.registrar()).when().get("/api/v1/work-queue?size=500&sort=newest")
                .then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(originalItem)));
    }

    private String entry(String itemId, String path) {
        return given().auth().oauth2(AccessTokens.registrar()).when().get("/api/v1/work-queue/" + itemId)
                .then().statusCode(200).extract().path(path);
    }

    private String awaitQueueItem(UUID reportId) throws SQLException {
        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM work_queue_item WHERE report_id = ?", reportId) == 1);
        try (var connection = database.getConnection();
                var query = connection.prepareStatement("SELECT id FROM work_queue_item WHERE report_id = ?")) {
            query.setObject(1, reportId);
            try (var row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private int count(String sql, UUID id) throws SQLException {
        try (var connection = database.getConnection(); var query = connection.prepareStatement(sql)) {
            query.setObject(1, id);
            try (var row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
