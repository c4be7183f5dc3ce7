package org.cancerregistry.reporting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.cancerregistry.reporting.AccessTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every error is RFC 7807 problem JSON, also those the HTTP layer answers; bad paging and filters are 400, never 404 or 500. */
@QuarkusTest
class ErrorFormatTest {

    private static final String PROBLEM = "application/problem+json";

    @TestHTTPResource("/api/v1/submissions")
    URI submissions;

    @Test
    void shouldAnswer401AsProblemJsonWithoutOrWithAnInvalidToken() {
        given().get("/api/v1/submissions").then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", "Bearer")
                .body("status", is(401));
        given().auth().oauth2("not.a.token").get("/api/v1/submissions").then().statusCode(401).contentType(PROBLEM)
                .body("status", is(401));
    }

    @Test
    void shouldAnswerAnUnknownPathAsProblemJson() {
        given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/no-such-report").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldRefuseANonNumericOrHugePageWith400() {
        String token = AccessTokens.registrar();
        given().auth().oauth2(token).get("/api/v1/submissions?page=abc").then().statusCode(400).contentType(PROBLEM)
                .body("invalidParams.name", hasItem("page"));
        given().auth().oauth2(token).get("/api/v1/submissions?page=1000000000").then().statusCode(400).contentType(PROBLEM)
                .body("invalidParams.name", hasItem("page"));
        given().auth().oauth2(token).get("/api/v1/submissions?size=x").then().statusCode(400).contentType(PROBLEM)
                .body("invalidParams.name", hasItem("size"));
    }

    @Test
    void shouldRefuseANulInAQueryParameterWith400() {
        given().auth().oauth2(AccessTokens.registrar()).queryParam("diagnosisYear", "2026\u0000").get("/api/v1/data-quality")
                .then().statusCode(400).contentType(PROBLEM).body("invalidParams.name", hasItem("diagnosisYear"));
    }

    @Test
    void shouldAnswer414AsProblemJson() {
        given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/submissions?x=" + "a".repeat(5000))
                .then().statusCode(414).contentType(PROBLEM).body("status", is(414));
    }

    @Test
    void shouldAnswerMalformedJsonAsProblemJson() {
        given().auth().oauth2(AccessTokens.registrar()).contentType("application/json").body("{\"recordType\":")
                .post("/api/v1/submissions")
                .then().statusCode(400).contentType(PROBLEM).body("detail", is("The request body is not well-formed JSON."));
    }

    @Test
    void shouldAnswer413AsProblemJson() throws Exception {
        // Only the head of the request: the service answers from its Content-Length, before any of the body.
        String answer;
        try (Socket socket = new Socket(submissions.getHost(), submissions.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST " + submissions.getPath() + " HTTP/1.1\r\n"
                    + "Host: " + submissions.getHost() + "\r\nAuthorization: Bearer " + AccessTokens.registrar() + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + 1200 * 1024 + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            answer = untilProblemEnds(socket);
        }

        assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json")
                .contains("\"status\":413");
    }

    /** What the service answered, up to the end of the problem document: the connection may stay open. */
    private static String untilProblemEnds(Socket socket) throws Exception {
        StringBuilder answer = new StringBuilder();
        byte[] buffer = new byte[4096];
        int read;
        while (!answer.toString().endsWith("}") && (read = socket.getInputStream().read(buffer)) > 0) {
            answer.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
        }
        return answer.toString();
    }
}
