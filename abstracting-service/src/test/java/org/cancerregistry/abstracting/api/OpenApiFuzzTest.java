package org.cancerregistry.abstracting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.cancerregistry.abstracting.report.PathologyReportEvents;
import org.cancerregistry.abstracting.report.PathologyReportReceived;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every API operation of the service's OpenAPI document, called with mutated requests (wrong types, huge values, NULs,
 * nulls, bad JSON, unknown and real ids) by a caller with every role: no answer is a 5xx, every 4xx is problem JSON.
 */
@QuarkusTest
@TestSecurity(user = "manager.demo", roles = { "registrar", "registry-manager" })
class OpenApiFuzzTest {

    private static final int REQUESTS_PER_OPERATION = 100;
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    private static final List<String> VALUES = List.of("", "abc", "-1", "0", "2147483648", "99999999999999999999", "1e309", "1.5",
            "%00", "x%00y", "null", "true", "%E2%80%AE", "%25", "%27%20OR%201%3D1--", "_", "C504", "REPORTABLE",
            "NOT_REPORTABLE", "OPEN", "DONE", "newest", "oldest", "20260101", "99991231", "00000000", "x".repeat(300),
            "x".repeat(3000), "%F0%9F%92%A9", "%FF%FE", "a,b,c", UUID.randomUUID().toString());
    private static final List<String> IDS = List.of("abc", "0", "-1", "9223372036854775807", "99999999999999999999", "%00", "null",
            "00000000-0000-0000-0000-000000000000", "not-a-uuid", "x".repeat(200));
    private static final List<String> ITEMS = List.of("primarySite", "laterality", "histologicTypeIcdO3", "behaviorCodeIcdO3",
            "dateOfDiagnosis", "dateOfLastContact", "vitalStatus", "sexAssignedAtBirth", "race1", "nameLast", "addrCurrentCity",
            "socialSecurityNumber", "schemaId", "noSuchItem", "");
    private static final List<String> JSON_VALUES = List.of("null", "\"\"", "\"C504\"", "\"\\u0000\"", "\"x\\u0000y\"", "5", "-1",
            "1e400", "true", "[]", "{}", "[\"C504\"]", "\"" + "9".repeat(10_000) + "\"", "\"99991231\"", "\"20260230\"", "\"\\ud800\"");

    private final ObjectMapper json = new ObjectMapper();
    private final Random random = new Random(17);

    @Test
    void shouldAnswerNoMutatedRequestWithA5xxAndEveryRefusalWithAProblem() throws Exception {
        String tumorId = queuedTumor();
        String patientId = given().get("/api/v1/tumors/" + tumorId).then().statusCode(200).extract().path("patientId");
        List<String> realIds = List.of(tumorId, patientId, UUID.randomUUID().toString());
        JsonNode paths = json.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString()).path("paths");
        List<String> failures = new ArrayList<>();
        int operations = 0;
        int requests = 0;
        long started = System.nanoTime();

        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            // The UI's pages are HTML for a browser session, and several call the other services with the registrar's
            // own token, which a test identity does not have: the API is what this test mutates.
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (operation.isMissingNode()) {
                    continue;
                }
                operations++;
                List<JsonNode> parameters = new ArrayList<>();
                path.getValue().path("parameters").forEach(parameters::add);
                operation.path("parameters").forEach(parameters::add);
                boolean hasBody = !operation.path("requestBody").isMissingNode();
                for (int i = 0; i < REQUESTS_PER_OPERATION; i++) {
                    String uri = uri(path.getKey(), parameters, realIds);
                    RequestSpecification request = given().urlEncodingEnabled(false).redirects().follow(false);
                    if (hasBody || random.nextInt(10) == 0) {
                        request = request.contentType(random.nextInt(12) == 0 ? "text/plain" : "application/json").body(body());
                    }
                    Response answer = request.request(method.toUpperCase(), uri);
                    requests++;
                    check(method.toUpperCase() + " " + uri, answer, failures);
                }
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        System.out.printf("fuzzed %d operations with %d requests in %d s; %d failures%n", operations, requests, seconds, failures.size());

        assertThat(operations).isGreaterThan(10);
        assertThat(failures).isEmpty();
    }

    /** As BaseAbstract's, with the test's identity instead of a token from Keycloak. */
    private static String queuedTumor() throws Exception {
        PathologyReportReceived event = PathologyReportEvents.report(PathologyReportEvents.uniquePerson("F"),
                "Infiltrating duct carcinoma, left breast.", "REPORTABLE");
        PathologyReportEvents.publish(event);
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            List<String> tumors = given().get("/api/v1/work-queue?reportId=" + event.reportId()).then().statusCode(200)
                    .extract().path("items.tumorId");
            return tumors.isEmpty() ? null : tumors.get(0);
        }, id -> id != null);
    }

    private void check(String request, Response answer, List<String> failures) {
        int status = answer.statusCode();
        String shown = request.length() > 200 ? request.substring(0, 200) + "…" : request;
        if (status >= 500) {
            failures.add(shown + " -> " + status);
        } else if (status >= 400) {
            String type = answer.contentType();
            if (type == null || !type.startsWith("application/problem+json")) {
                failures.add(shown + " -> " + status + " without problem JSON (" + type + ")");
            } else if (answer.jsonPath().getInt("status") != status) {
                failures.add(shown + " -> " + status + " with a problem of another status");
            }
        }
    }

    private String uri(String template, List<JsonNode> parameters, List<String> realIds) {
        String uri = template;
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            switch (parameter.path("in").asText()) {
                case "path" -> uri = uri.replace("{" + name + "}", random.nextInt(3) == 0 ? pick(realIds)
                        : "integer".equals(parameter.path("schema").path("type").asText()) || random.nextBoolean() ? pick(IDS) : pick(VALUES));
                case "query" -> {
                    if (random.nextInt(10) < 7) {
                        query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(pick(VALUES));
                    }
                }
                default -> {
                }
            }
        }
        if (random.nextInt(8) == 0) {
            query.append(query.isEmpty() ? "?" : "&").append(pick(List.of("page", "size", "unknown", "%00"))).append('=').append(pick(VALUES));
        }
        return uri + query;
    }

    private String body() {
        return switch (random.nextInt(8)) {
            case 0 -> pick(List.of("{", "", "null", "[]", "\"x\"", "{}", "{\"items\": null}", "{\"items\": []}", "{\"id\": \"not-a-uuid\"}",
                    "{\"id\": null}", "{\"id\": 12}", "{\"items\": {\"primarySite\": \"C504\"", "not json", "{\"items\": {}}}",
                    "[".repeat(3000) + "]".repeat(3000), "{\"id\": " + "1".repeat(2000) + "}"));
            case 1 -> "{\"id\": " + pick(JSON_VALUES) + "}";
            default -> {
                StringBuilder items = new StringBuilder("{\"items\": {");
                int count = 1 + random.nextInt(4);
                for (int i = 0; i < count; i++) {
                    items.append(i == 0 ? "" : ", ").append('"').append(pick(ITEMS)).append("\": ").append(pick(JSON_VALUES));
                }
                yield items.append("}}").toString();
            }
        };
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
