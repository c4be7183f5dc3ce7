package org.cancerregistry.reporting.submission;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.cancerregistry.reporting.AccessTokens;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Submissions only to the state registries the registry reports to; every acknowledgement kept. */
@QuarkusTest
class MinimumNecessaryTest {

    @Inject
    AgroalDataSource database;

    @Test
    void shouldRefuseAStateRegistryTheRegistryDoesNotReportToAndGenerateNothing() throws SQLException {
        String unknown = "state-registry-" + UUID.randomUUID().toString().substring(0, 8);

        given().auth().oauth2(AccessTokens.registrar()).contentType(ContentType.JSON)
                .body(Map.of("recordType", "A", "naaccrVersion", "260", "diagnosisYears", List.of(1900), "stateRegistry", unknown))
                .post("/api/v1/submissions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", is(400))
                .body("invalidParams.name", contains("stateRegistry"));

        assertThat(submissionsTo(unknown)).isZero();
    }

    @Test
    void shouldListTheConfiguredStateRegistries() {
        given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/state-registries")
                .then().statusCode(200)
                .body("id", hasItem("state-registry-demo"))
                .body("find { it.id == 'state-registry-demo' }.name", is("Demo State Cancer Registry"));
    }

    @Test
    void shouldKeepEveryAcknowledgementWithTheLatestAsTheCurrentStatus() {
        String location = readySubmission();
        String stateRegistry = AccessTokens.stateRegistry();
        acknowledge(stateRegistry, location, Map.of("status", "ACCEPTED")).then().statusCode(200).body("acknowledgement", is("ACCEPTED"));
        acknowledge(stateRegistry, location, Map.of("status", "REJECTED", "reasons", List.of("5 records fail edit IF42")))
                .then().statusCode(200).body("acknowledgement", is("REJECTED"));

        given().auth().oauth2(AccessTokens.registrar()).get(location).then().statusCode(200)
                .body("acknowledgement", is("REJECTED")).body("acknowledgementReasons", is("5 records fail edit IF42"));
        given().auth().oauth2(stateRegistry).get(location + "/acknowledgements").then().statusCode(200)
                .body("status", contains("ACCEPTED", "REJECTED"))
                .body("[0].reasons", hasSize(0))
                .body("[1].reasons", contains("5 records fail edit IF42"))
                .body("acknowledgedBy", contains("service-account-state-registry-demo", "service-account-state-registry-demo"));
    }

    @Test
    void shouldRefuseANulInAReasonWithoutChangingTheStatus() {
        String location = readySubmission();
        String stateRegistry = AccessTokens.stateRegistry();
        acknowledge(stateRegistry, location, Map.of("status", "ACCEPTED")).then().statusCode(200);

        acknowledge(stateRegistry, location, Map.of("status", "REJECTED", "reasons", List.of("bad\u0000reason")))
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("reasons[0]"));

        given().auth().oauth2(stateRegistry).get(location + "/acknowledgements").then().statusCode(200)
                .body("status", contains("ACCEPTED"));
    }

    private static io.restassured.response.Response acknowledge(String token, String location, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(location + "/acknowledgement");
    }

    private static String readySubmission() {
        String location = given().auth().oauth2(AccessTokens.registrar()).contentType(ContentType.JSON)
                .body(Map.of("recordType", "A", "naaccrVersion", "260", "diagnosisYears", List.of(1900), "stateRegistry", "state-registry-demo"))
                .post("/api/v1/submissions").then().statusCode(202).extract().header("Location");
        await().atMost(Duration.ofSeconds(20)).until(() -> "READY".equals(given().auth().oauth2(AccessTokens.registrar())
                .get(location).then().statusCode(200).extract().path("state")));
        return location;
    }

    private int submissionsTo(String stateRegistry) throws SQLException {
        try (var connection = database.getConnection();
                var query = connection.prepareStatement("SELECT count(*) FROM submission WHERE state_registry = ?")) {
            query.setString(1, stateRegistry);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
