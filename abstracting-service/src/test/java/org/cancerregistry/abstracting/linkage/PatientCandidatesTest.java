package org.cancerregistry.abstracting.linkage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.cancerregistry.abstracting.AccessTokens;
import org.cancerregistry.abstracting.patient.PatientLinker;
import org.cancerregistry.abstracting.report.PathologyReportEvents;
import org.cancerregistry.abstracting.report.PathologyReportReceived;
import org.cancerregistry.abstracting.report.PathologyReportReceived.Identifier;
import org.cancerregistry.abstracting.report.PathologyReportReceived.ReportedPatient;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PatientCandidatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int NAMESAKES = 300;

    @Inject
    AgroalDataSource database;

    /* More registry patients share the last name and birth year than the linker compares: the one with the SSN must be among them. */
    @Test
    void shouldFindTheTruePatientAmongMoreNamesakesThanTheCandidateLimit() throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String lastName = "Zq" + Long.toString(random.nextLong(1L << 40), 36).replaceAll("[0-9]", "x");
        String ssn = String.valueOf(random.nextLong(100_000_000, 900_000_000));
        for (int i = 0; i < NAMESAKES; i++) {
            String birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(360)).format(DateTimeFormatter.BASIC_ISO_DATE);
            patient(lastName, "Namesake" + (char) ('a' + i % 26) + (char) ('a' + i / 26), birth,
                    String.valueOf(random.nextLong(100_000_000, 900_000_000)));
        }
        UUID truePatient = patient(lastName, "Margaret", "19501231", ssn);

        ReportedPatient reported = new ReportedPatient(List.of(new Identifier("SS", ssn)), lastName, "Margaret", "", "19501231",
                "F", "2106-3", null);
        PathologyReportReceived event = PathologyReportEvents.report(reported, "Infiltrating duct carcinoma, right breast.",
                "REPORTABLE");
        PathologyReportEvents.publish(event);

        String item = awaitQueueItem(event.reportId());
        given().auth().oauth2(AccessTokens.registrar()).when().get("/api/v1/work-queue/" + item)
                .then().statusCode(200)
                .body("patientLinkage.decision", org.hamcrest.Matchers.is("LINK"))
                .body("patientId", org.hamcrest.Matchers.is(truePatient.toString()));
    }

    private UUID patient(String lastName, String firstName, String dateOfBirth, String ssn) throws Exception {
        UUID id = UUID.randomUUID();
        Map<String, String> items = Map.of("nameLast", lastName, "nameFirst", firstName, "dateOfBirth", dateOfBirth,
                "socialSecurityNumber", ssn, "sexAssignedAtBirth", "2");
        try (var connection = database.getConnection()) {
            try (var insert = connection.prepareStatement("""
                    INSERT INTO patient (id, items, name_last, name_first, date_of_birth, ssn, created_at, version)
                    VALUES (?, cast(? AS jsonb), ?, ?, ?, ?, now(), 0)""")) {
                insert.setObject(1, id);
                insert.setString(2, JSON.writeValueAsString(items));
                insert.setString(3, lastName);
                insert.setString(4, firstName);
                insert.setString(5, dateOfBirth);
                insert.setString(6, ssn);
                insert.executeUpdate();
            }
            try (var keys = connection.prepareStatement("INSERT INTO patient_blocking_key (blocking_key, patient_id) VALUES (?, ?)")) {
                for (String key : BlockingKeys.of(PatientLinker.personOf(items))) {
                    keys.setString(1, key);
                    keys.setObject(2, id);
                    keys.addBatch();
                }
                keys.executeBatch();
            }
        }
        return id;
    }

    private String awaitQueueItem(UUID reportId) throws SQLException {
        await().atMost(Duration.ofSeconds(30)).until(() -> queueItem(reportId) != null);
        return queueItem(reportId);
    }

    private String queueItem(UUID reportId) throws SQLException {
        try (var connection = database.getConnection();
                var query = connection.prepareStatement("SELECT id FROM work_queue_item WHERE report_id = ?")) {
            query.setObject(1, reportId);
            try (var row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
