package org.cancerregistry.intake.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.cancerregistry.intake.AccessTokens;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PathologyReportAccessTest {

    private static final String DEMO_LAB = "33D1234567";
    private static final String OTHER_LAB = "05D0000001";

    @Inject
    AgroalDataSource database;

    @Test
    void shouldRefuseCallerWithoutToken() {
        given().when().get("/api/v1/pathology-reports").then().statusCode(401);
    }

    @Test
    void shouldRefuseStateRegistry() {
        given().auth().oauth2(AccessTokens.stateRegistry())
                .when().get("/api/v1/pathology-reports")
                .then().statusCode(403);
    }

    @Test
    void shouldShowLabOnlyItsOwnReports() throws SQLException {
        UUID own = storeReport(DEMO_LAB);
        UUID foreign = storeReport(OTHER_LAB);

        given().auth().oauth2(AccessTokens.lab())
                .when().get("/api/v1/pathology-reports?size=500")
                .then().statusCode(200)
                .body("items.id", hasItem(own.toString()))
                .body("items.id", not(hasItem(foreign.toString())))
                .body("items.labClia", everyItem(is(DEMO_LAB)));
    }

    @Test
    void shouldShowRegistrarEveryLabsReports() throws SQLException {
        UUID own = storeReport(DEMO_LAB);
        UUID foreign = storeReport(OTHER_LAB);

        given().auth().oauth2(AccessTokens.registrar())
                .when().get("/api/v1/pathology-reports?size=500")
                .then().statusCode(200)
                .body("items.id", hasItems(own.toString(), foreign.toString()));
    }

    @Test
    void shouldAnswerProblemJsonForInvalidPageSize() {
        given().auth().oauth2(AccessTokens.registryManager())
                .when().get("/api/v1/pathology-reports?size=0")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", is(400))
                .body("invalidParams.name", hasItem("size"));
    }

    /** A report of any lab, stored directly: the demo lab's token cannot submit for another lab. */
    private UUID storeReport(String labClia) throws SQLException {
        UUID id = UUID.randomUUID();
        try (var connection = database.getConnection();
                var insert = connection.prepareStatement("""
                        INSERT INTO pathology_report (id, lab_clia, message_control_id, received_at, status, version,
                            message_format, raw_message, content_sha256, accession_number, correction, patient_identifiers,
                            sections, behavior_codes, reportability, screening_terms)
                        VALUES (?, ?, ?, ?, 'ACCEPTED', 1, 'HL7', '', '', ?, false, '[]', '[]', '[]', 'REPORTABLE', '[]')""")) {
            insert.setObject(1, id);
            insert.setString(2, labClia);
            insert.setString(3, "MSG-" + id);
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.setString(5, id.toString().substring(0, 20));
            insert.executeUpdate();
        }
        return id;
    }
}
