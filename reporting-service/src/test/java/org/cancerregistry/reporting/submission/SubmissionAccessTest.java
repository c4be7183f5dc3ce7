package org.cancerregistry.reporting.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.cancerregistry.reporting.AccessTokens;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SubmissionAccessTest {

    @Inject
    AgroalDataSource database;

    @Test
    void shouldRefuseCallerWithoutToken() {
        given().when().get("/api/v1/submissions").then().statusCode(401);
    }

    @Test
    void shouldRefuseLab() {
        given().auth().oauth2(AccessTokens.lab()).when().get("/api/v1/submissions").then().statusCode(403);
    }

    @Test
    void shouldListSubmissionsForStateRegistryAndRegistrar() throws SQLException {
        UUID submission = storeSubmission();

        for (String token : new String[] { AccessTokens.stateRegistry(), AccessTokens.registrar(), AccessTokens.registryManager() }) {
            given().auth().oauth2(token)
                    .when().get("/api/v1/submissions?size=500")
                    .then().statusCode(200)
                    .body("items.id", hasItem(submission.toString()));
        }
    }

    @Test
    void shouldAnswerProblemJsonForOversizedPage() {
        given().auth().oauth2(AccessTokens.registrar())
                .when().get("/api/v1/submissions?size=501")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", hasItem("size"))
                .body("status", is(400));
    }

    private UUID storeSubmission() throws SQLException {
        UUID id = UUID.randomUUID();
        try (var connection = database.getConnection();
                var insert = connection.prepareStatement(
                        "INSERT INTO submission (id, record_type, naaccr_version, state, requested_at) VALUES (?, 'A', '260', 'READY', ?)")) {
            insert.setObject(1, id);
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        return id;
    }
}
