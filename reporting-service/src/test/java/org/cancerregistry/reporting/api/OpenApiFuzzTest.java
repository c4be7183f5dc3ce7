package org.cancerregistry.reporting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cancerregistry.reporting.AccessTokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every operation of the OpenAPI document, up to a few hundred mutated requests each (as many as about 30 s allow) (wrong types, huge values, NULs,
 * nulls, bad JSON, unknown ids), with a registry manager's token (a state registry's for acknowledgements): never a 5xx, and
 * problem JSON on every 4xx.
 */
@QuarkusTest
class OpenApiFuzzTest {

    private static final int REQUESTS_PER_OPERATION = 300;
    private static final int PARALLEL = 8;
    // The whole test stays within about 30 s: the time is shared out among the operations.
    private static final Duration BUDGET = Duration.ofSeconds(27);
    private static final List<Object> VALUES = java.util.Arrays.asList(null, "", "abc", "-1", "0", "1", "500", "501", "2147483648",
            "1000000000", "99999999999999999999", "1e309", "\u0000", "a\u0000b", "\u001f", "%", "%25", "_", "' OR '1'='1", "../../etc",
            "😀", "x".repeat(3000), "null", "true", "2026-02-30", "2026", "1900", "2100", "A", "M", "260", "250", "ACCEPTED", "REJECTED", "state-registry-demo", "C50",
            UUID.randomUUID().toString(), 1, -1, 0, Long.MAX_VALUE, 1.5e308, true, List.of(), Map.of(), List.of("\u0000"));
    private static final List<String> RAW_BODIES = List.of("", "{", "}", "null", "[]", "{}", "\"text\"", "{\"a\":}", "{\"a\":1,}",
            "\u0000", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "{\"recordType\":\"A\"", "{\"status\":\"ACCEPTED\",\"reasons\":[null]}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Random random = new Random(17);

    @Test
    void shouldNeverAnswer5xxAndAlwaysProblemJsonOn4xx() throws Exception {
        Map<String, Object> openApi = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath().getMap("");
        String manager = AccessTokens.registryManager();
        String stateRegistry = AccessTokens.stateRegistry();
        List<String> failures = new ArrayList<>();
        int operations = 0;
        int requests = 0;
        ExecutorService parallel = Executors.newFixedThreadPool(PARALLEL);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>) openApi.get("paths");
        long apiOperations = paths.entrySet().stream().filter(path -> path.getKey().startsWith("/api/"))
                .mapToLong(path -> path.getValue().size()).sum();
        long budgetPerOperation = BUDGET.toNanos() / Math.max(1, apiOperations);
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                if (!path.getKey().startsWith("/api/")) {
                    continue;
                }
                operations++;
                long deadline = System.nanoTime() + budgetPerOperation;
                int sent = 0;
                while (sent < REQUESTS_PER_OPERATION && System.nanoTime() < deadline && failures.size() < 20) {
                    List<Future<String>> batch = new ArrayList<>();
                    for (int i = 0; i < PARALLEL; i++, sent++) {
                        batch.add(parallel.submit(prepare(operation.getKey().toUpperCase(), path.getKey(), operation.getValue(), openApi,
                            path.getKey().endsWith("/acknowledgement") ? stateRegistry : manager)));
                    }
                    for (Future<String> answer : batch) {
                        if (answer.get() != null) {
                            failures.add(answer.get());
                        }
                    }
                }
                requests += sent;
            }
        }
        parallel.shutdown();
        System.out.printf("Fuzzed %d operations with %d requests%n", operations, requests);
        assertThat(operations).isGreaterThan(3);
        assertThat(requests).as("requests sent").isGreaterThanOrEqualTo(operations * 20);
        assertThat(failures).isEmpty();
    }

    @SuppressWarnings("unchecked")
    /** One mutated request of the operation, ready to send: answers what was wrong with the response, or null. */
    private Callable<String> prepare(String method, String template, Map<String, Object> operation, Map<String, Object> openApi,
            String token) throws Exception {
        RequestSpecification request = given().auth().oauth2(token).redirects().follow(false);
        String path = template;
        for (Map<String, Object> parameter : (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of())) {
            String name = (String) parameter.get("name");
            if ("path".equals(parameter.get("in"))) {
                String value = random.nextInt(3) == 0 ? String.valueOf(pick()) : UUID.randomUUID().toString();
                path = path.replace("{" + name + "}", java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            } else if ("query".equals(parameter.get("in")) && random.nextBoolean()) {
                Object value = pick();
                if (value != null) {
                    request.queryParam(name, String.valueOf(value));
                }
            }
        }
        if (random.nextInt(10) == 0) {
            request.queryParam("unknown" + random.nextInt(3), String.valueOf(pick()));
        }
        if (operation.containsKey("requestBody")) {
            request.contentType("application/json").body(body(operation, openApi));
        }
        String target = path;
        return () -> {
            Response response = request.request(method, target);
            int status = response.statusCode();
            String what = method + " " + target + " -> " + status;
            if (status >= 500) {
                return what;
            }
            if (status >= 400) {
                String contentType = response.contentType();
                if (contentType == null || !contentType.startsWith("application/problem+json")) {
                    return what + " with " + contentType;
                }
                if (!Integer.valueOf(status).equals(response.jsonPath().get("status"))) {
                    return what + " with a problem of another status";
                }
            }
            return null;
        };
    }

    @SuppressWarnings("unchecked")
    private String body(Map<String, Object> operation, Map<String, Object> openApi) throws Exception {
        if (random.nextInt(5) == 0) {
            return RAW_BODIES.get(random.nextInt(RAW_BODIES.size()));
        }
        Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) operation.get("requestBody")).get("content");
        Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) content.values().iterator().next()).get("schema");
        Map<String, Object> properties = properties(schema, openApi);
        Map<String, Object> body = new HashMap<>();
        for (String property : properties.keySet()) {
            if (random.nextInt(4) != 0) {
                body.put(property, pick());
            }
        }
        return JSON.writeValueAsString(body);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> schema, Map<String, Object> openApi) {
        Object ref = schema.get("$ref");
        if (ref instanceof String name) {
            Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) openApi.get("components")).get("schemas");
            return properties((Map<String, Object>) schemas.get(name.substring(name.lastIndexOf('/') + 1)), openApi);
        }
        return (Map<String, Object>) schema.getOrDefault("properties", Map.of());
    }

    private Object pick() {
        return VALUES.get(random.nextInt(VALUES.size()));
    }
}
