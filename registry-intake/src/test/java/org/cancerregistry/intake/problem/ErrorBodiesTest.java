package org.cancerregistry.intake.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import org.cancerregistry.intake.AccessTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every error intake answers is RFC 7807 problem JSON, also those answered outside its REST resources: before,
 * 401, 414 and an unknown path answered with empty bodies, a non-numeric page with 404, and page=1000000000 with 500.
 */
@QuarkusTest
class ErrorBodiesTest {

    private static final String REPORTS = "/api/v1/pathology-reports";

    @Test
    void shouldAnswerAMissingTokenWithProblemJson() {
        given().when().get(REPORTS)
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE).header("WWW-Authenticate", notNullValue())
                .body("status", is(401));
    }

    @Test
    void shouldAnswerATokenOfAnotherSchemeWithProblemJson() {
        given().auth().preemptive().basic("lab", "secret").when().get(REPORTS)
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE).body("status", is(401));
    }

    @Test
    void shouldAnswerAnInvalidTokenWithProblemJson() {
        given().auth().oauth2("not-a-token").when().get(REPORTS)
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE).body("status", is(401));
    }

    @Test
    void shouldAnswerAnUnknownPathWithProblemJson() {
        given().auth().oauth2(AccessTokens.registrar()).when().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("status", is(404));
        given().when().get("/no-such-thing").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "page=abc, page", "page=-1, page", "page=1000000000, page", "page=99999999999999999999, page",
            "size=abc, size", "size=0, size", "size=501, size", "page=20001&size=500, page" })
    void shouldAnswerAnInvalidPageWithProblemJsonNamingIt(String query, String parameter) {
        given().auth().oauth2(AccessTokens.registrar()).when().get(REPORTS + "?" + query)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("invalidParams.name", hasItem(parameter));
    }

    @Test
    void shouldAnswerTheLastPageWithinTheBoundWithAnEmptyPage() {
        given().auth().oauth2(AccessTokens.registrar()).when().get(REPORTS + "?page=20000&size=500")
                .then().statusCode(200).body("items.size()", is(0)).body("page", is(20000));
    }

    @Test
    void shouldAnswerAUriPastTheLimitWithProblemJson() {
        given().auth().oauth2(AccessTokens.registrar()).when().get(REPORTS + "?since=" + "x".repeat(5_000))
                .then().statusCode(414).contentType(Problem.MEDIA_TYPE).body("status", is(414));
    }

    @Test
    void shouldAnswerABodyPastTheLimitWithProblemJson() {
        given().auth().oauth2(AccessTokens.lab()).contentType("application/json").body(new byte[3 * 1024 * 1024])
                .when().post(REPORTS)
                .then().statusCode(413).contentType(Problem.MEDIA_TYPE).body("status", is(413));
    }

    @Test
    void shouldAnswerMalformedJsonWithProblemJson() {
        given().auth().oauth2(AccessTokens.lab()).contentType("application/json").body("{\"messageControlId\": }")
                .when().post(REPORTS)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("invalidParams.name", hasItem("body"));
    }
}
