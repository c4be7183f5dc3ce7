package org.cancerregistry.reporting.submission;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.cancerregistry.reporting.AccessTokens;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

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
    void shouldShowAStateRegistryOnlyTheSubmissionsAddressedToIt() throws SQLException {
        UUID own = storeSubmission();
        String other = given().auth().oauth2(AccessTokens.registrar()).contentType(ContentType.JSON)
                .body(Map.of("recordType", "A", "naaccrVersion", "260", "diagnosisYears", List.of(1900), "stateRegistry", "state-registry-other"))
                .post("/api/v1/submissions").then().statusCode(202).extract().header("Location");
        String otherId = other.substring(other.lastIndexOf('/') + 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> "READY".equals(given().auth().oauth2(AccessTokens.registrar())
                .get(other).then().statusCode(200).extract().path("state")));
        String stateRegistry = AccessTokens.stateRegistry();

        given().auth().oauth2(stateRegistry).when().get("/api/v1/submissions?size=500").then().statusCode(200)
                .body("items.id", hasItem(own.toString()))
                .body("items.id", not(hasItem(otherId)))
                .body("items.stateRegistry", everyItem(is("state-registry-demo")));
        given().auth().oauth2(stateRegistry).get(other).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(stateRegistry).get(other + "/file").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(stateRegistry).contentType(ContentType.JSON).body(Map.of("status", "ACCEPTED"))
                .post(other + "/acknowledgement").then().statusCode(404);
        given().auth().oauth2(stateRegistry).get("/api/v1/submissions/" + own).then().statusCode(200)
                .body("stateRegistry", is("state-registry-demo"));
        given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/submissions?size=500").then().statusCode(200)
                .body("items.id", hasItems(own.toString(), otherId));
        given().auth().oauth2(AccessTokens.registrar()).get(other).then().statusCode(200)
                .body("stateRegistry", is("state-registry-other")).body("acknowledgement", nullValue());
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
                        "INSERT INTO submission (id, record_type, naaccr_version, state, requested_at, state_registry) "
                        + "VALUES (?, 'A', '260', 'READY', ?, 'state-registry-demo')")) {
            insert.setObject(1, id);
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        return id;
    }
}
