package org.cancerregistry.abstracting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** Every error of the service has an RFC 7807 body, also those Vert.x answers before any endpoint. */
@QuarkusTest
class ProblemBodiesTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    @TestSecurity(user = "registrar.demo", roles = "registrar")
    void shouldAnswer404WithAProblemForAPathNothingServes() {
        given().get("/api/v1/no-such-list").then().statusCode(404).contentType(PROBLEM)
                .body("status", is(404));
        given().get("/no-such-page").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldAnswer401WithAProblemForARequestWithoutABearerToken() {
        given().get("/api/v1/work-queue").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer").body("status", is(401));
        given().auth().preemptive().basic("registrar.demo", "Registrar-demo-1").get("/api/v1/work-queue")
                .then().statusCode(401).contentType(PROBLEM).body("status", is(401));
    }

    @Test
    void shouldAnswer401WithAProblemForAnInvalidToken() {
        given().auth().oauth2("not-a-token").get("/api/v1/work-queue").then().statusCode(401).contentType(PROBLEM)
                .body("status", is(401));
    }

    @Test
    void shouldAnswer414WithAProblemForAUriTooLong() {
        given().urlEncodingEnabled(false).get("/api/v1/work-queue?sort=" + "x".repeat(5000))
                .then().statusCode(414).contentType(PROBLEM).body("status", is(414));
    }

    /** The headers announce a body over the limit: the service answers from them, before any body is sent. */
    @Test
    void shouldAnswer413WithAProblemForABodyTooLarge() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("PATCH /api/v1/tumors/" + UUID.randomUUID() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + 11 * 1024 * 1024 + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            BufferedReader answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String statusLine = answer.readLine();
            StringBuilder headers = new StringBuilder();
            int length = 0;
            for (String line = answer.readLine(); line != null && !line.isEmpty(); line = answer.readLine()) {
                headers.append(line.toLowerCase(Locale.ROOT)).append('\n');
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring("content-length:".length()).trim());
                }
            }
            char[] body = new char[length];
            int read = 0;
            while (read < length) {
                read += answer.read(body, read, length - read);
            }

            assertThat(statusLine).startsWith("HTTP/1.1 413");
            assertThat(headers.toString()).contains("content-type: " + PROBLEM);
            assertThat(new String(body)).contains("\"status\":413");
        }
    }

    @Test
    @TestSecurity(user = "registrar.demo", roles = "registrar")
    void shouldAnswer400WithAProblemForMalformedJsonAndNulCharacters() {
        given().contentType(ContentType.JSON).body("{\"items\": {")
                .patch("/api/v1/tumors/" + UUID.randomUUID())
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("not well-formed JSON"));
        given().contentType(ContentType.JSON).body("{\"items\": {\"primarySite\": \"C5\\u000004\"}}")
                .patch("/api/v1/tumors/" + UUID.randomUUID())
                .then().statusCode(400).contentType(PROBLEM).body("invalidParams[0].name", is("items.primarySite"));
        given().urlEncodingEnabled(false).get("/api/v1/patients?lastName=Smi%00th")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("NUL"));
        given().urlEncodingEnabled(false).get("/api/v1/work-queue?sort=%00")
                .then().statusCode(400).contentType(PROBLEM);
    }
}
