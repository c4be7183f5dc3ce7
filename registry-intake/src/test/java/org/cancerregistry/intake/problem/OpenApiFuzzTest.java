package org.cancerregistry.intake.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import org.cancerregistry.intake.AccessTokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every operation of intake's own OpenAPI document, a few hundred times each with mutated parameters and bodies
 * (wrong types, huge values, NULs, nulls, unknown parameters, bad JSON) and a token of a role it allows: never a 5xx,
 * and every 4xx is problem JSON (an HL7 body is answered with an HL7 ACK, its own error format).
 */
@QuarkusTest
class OpenApiFuzzTest {

    private static final int REQUESTS_PER_OPERATION = 200;
    private static final String HL7 = "application/hl7-v2";
    private static final List<String> VALUES = List.of("abc", "-1", "0", "1", "2147483648", "99999999999999999999", "1e9",
            "", " ", "null", "%00", "%C0%80", "%FF", "\u00e9\u20ac", "2026-03-01T00:00:00Z", "'; DROP TABLE x; --", "%25", "..%2F..",
            "x".repeat(3_000));
    private static final List<JsonNode> JSON_VALUES = List.of(TextNode.valueOf("\u0000"), TextNode.valueOf("x".repeat(70_000)),
            new ObjectMapper().nullNode(), new ObjectMapper().createArrayNode().addNull(), new ObjectMapper().createObjectNode(),
            new ObjectMapper().getNodeFactory().numberNode(1e308), new ObjectMapper().getNodeFactory().booleanNode(true),
            TextNode.valueOf("9999-12-31"), TextNode.valueOf("\u0007\u001b"), TextNode.valueOf(""));

    private final ObjectMapper json = new ObjectMapper();
    private final Random random = new Random(17);

    @Test
    void shouldAnswerEveryMutatedRequestWithoutA5xxAndEveryClientErrorWithProblemJson() throws Exception {
        JsonNode openApi = json.readTree(given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        Map<String, String> tokens = new TreeMap<>();
        int operations = 0;
        Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                String token = tokens.computeIfAbsent(role(path.getKey(), method.getKey()), OpenApiFuzzTest::tokenOf);
                long start = System.nanoTime();
                for (int i = 0; i < REQUESTS_PER_OPERATION; i++) {
                    fuzz(path.getKey(), method.getKey(), method.getValue(), token);
                }
                System.out.printf("OpenAPI fuzz: %s %s in %d ms%n", method.getKey(), path.getKey(), (System.nanoTime() - start) / 1_000_000);
                operations++;
            }
        }
        System.out.printf("OpenAPI fuzz: %d operations, %d requests each%n", operations, REQUESTS_PER_OPERATION);
        assertThat(operations).isGreaterThanOrEqualTo(5);
    }

    private void fuzz(String template, String method, JsonNode operation, String token) throws Exception {
        String path = template.replaceAll("\\{[^}]+}", random.nextInt(3) == 0 ? encoded(pick(VALUES)).replace("+", "%20")
                : UUID.randomUUID().toString());
        RequestSpecification request = given().urlEncodingEnabled(false).auth().oauth2(token);
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.path("parameters")) {
            if ("query".equals(parameter.path("in").asText()) && random.nextBoolean()) {
                query.append(query.isEmpty() ? "?" : "&").append(parameter.get("name").asText()).append('=').append(encoded(pick(VALUES)));
            }
        }
        if (random.nextInt(4) == 0) {
            query.append(query.isEmpty() ? "?" : "&").append("unknown=").append(encoded(pick(VALUES)));
        }
        boolean hl7 = false;
        JsonNode content = operation.path("requestBody").path("content");
        if (!content.isMissingNode()) {
            hl7 = content.has(HL7) && random.nextInt(3) == 0;
            if (hl7) {
                request.contentType(HL7).body(("MSH|^~\\&|" + pick(VALUES) + "\u0000|\r").getBytes(StandardCharsets.UTF_8));
            } else {
                request.contentType("application/json").body(jsonBody(content.path("application/json")).getBytes(StandardCharsets.UTF_8));
            }
        }
        Response response = request.when().request(method.toUpperCase(), path + query);
        String what = method.toUpperCase() + " " + path + query;
        assertThat(response.statusCode()).as(what).isLessThan(500);
        if (response.statusCode() >= 400 && !(hl7 && response.contentType().startsWith(HL7))) {
            assertThat(response.contentType()).as(what).startsWith(Problem.MEDIA_TYPE);
            assertThat(response.jsonPath().getInt("status")).as(what).isEqualTo(response.statusCode());
        }
    }

    /** The operation's example with one value mutated, or JSON that is not well-formed. */
    private String jsonBody(JsonNode media) throws Exception {
        JsonNode example = media.path("examples").elements().hasNext()
                ? media.path("examples").elements().next().path("value") : json.createObjectNode();
        JsonNode body = example.isTextual() ? json.readTree(example.asText()) : example.deepCopy();
        String text = mutate(body).toString();
        return switch (random.nextInt(8)) {
            case 0 -> text.substring(0, random.nextInt(Math.max(text.length(), 1)));
            case 1 -> "[" + text + "]";
            case 2 -> text.replace("\"", "");
            default -> text;
        };
    }

    private JsonNode mutate(JsonNode node) {
        if (node instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = pick(names);
            if (random.nextBoolean() && (object.get(name).isContainerNode())) {
                mutate(object.get(name).isArray() && object.get(name).size() > 0 ? object.get(name).get(0) : object.get(name));
            } else {
                object.set(name, pick(JSON_VALUES));
            }
        }
        return node;
    }

    /** The value as a URI may carry it; a value that is a percent-encoding already is sent as it is. */
    private static String encoded(String value) {
        return value.startsWith("%") || value.startsWith("..%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String role(String path, String method) {
        if (path.startsWith("/api/v1/outbox")) {
            return "registry-manager";
        }
        return "post".equals(method) ? "lab" : "registrar";
    }

    private static String tokenOf(String role) {
        return switch (role) {
            case "registry-manager" -> AccessTokens.registryManager();
            case "lab" -> AccessTokens.lab();
            default -> AccessTokens.registrar();
        };
    }
}
