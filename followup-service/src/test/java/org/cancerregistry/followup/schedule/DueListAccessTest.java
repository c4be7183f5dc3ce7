package org.cancerregistry.followup.schedule;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.cancerregistry.followup.AccessTokens;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DueListAccessTest {

    private static final LocalDate THROUGH = LocalDate.of(2026, 6, 30);

    @Inject
    AgroalDataSource database;

    @Test
    void shouldRefuseCallerWithoutToken() {
        given().when().get("/api/v1/follow-ups/due").then().statusCode(401);
    }

    @Test
    void shouldRefuseLabAndStateRegistry() {
        given().auth().oauth2(AccessTokens.lab()).when().get("/api/v1/follow-ups/due").then().statusCode(403);
        given().auth().oauth2(AccessTokens.stateRegistry()).when().get("/api/v1/follow-ups/due").then().statusCode(403);
    }

    @Test
    void shouldListOpenFollowUpsDueOnOrBeforeTheDate() throws SQLException {
        String physician = "Dr-" + UUID.randomUUID();
        UUID dueThatDay = schedule(THROUGH, FollowUpStatus.DUE, physician);
        UUID dueLater = schedule(THROUGH.plusDays(1), FollowUpStatus.CURRENT, physician);
        UUID closed = schedule(THROUGH.minusYears(1), FollowUpStatus.CLOSED, physician);

        given().auth().oauth2(AccessTokens.registrar()).queryParam("through", THROUGH.toString()).queryParam("physician", physician)
                .when().get("/api/v1/follow-ups/due")
                .then().statusCode(200)
                .body("items.patientId", hasItem(dueThatDay.toString()))
                .body("items.patientId", not(hasItem(dueLater.toString())))
                .body("items.patientId", not(hasItem(closed.toString())));
    }

    @Test
    void shouldAnswerProblemJsonForDateThatIsNotADate() {
        given().auth().oauth2(AccessTokens.registryManager())
                .when().get("/api/v1/follow-ups/due?through=2026-02-30")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", is(400))
                .body("invalidParams.name", hasItem("through"));
    }

    private UUID schedule(LocalDate nextDue, FollowUpStatus status, String physician) throws SQLException {
        UUID patient = UUID.randomUUID();
        try (var connection = database.getConnection();
                var insert = connection.prepareStatement(
                        "INSERT INTO follow_up (patient_id, last_contact, next_due_date, status, physician, eligible, updated_at)"
                                + " VALUES (?, ?, ?, ?, ?, true, now())")) {
            insert.setObject(1, patient);
            insert.setDate(2, Date.valueOf(nextDue.minusYears(1)));
            insert.setDate(3, Date.valueOf(nextDue));
            insert.setString(4, status.name());
            insert.setString(5, physician);
            insert.executeUpdate();
        }
        return patient;
    }
}
