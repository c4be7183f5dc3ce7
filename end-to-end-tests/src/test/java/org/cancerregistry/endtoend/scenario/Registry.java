package org.cancerregistry.endtoend.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cancerregistry.endtoend.KeycloakLogin;

/**
 * The four running services and Keycloak as deploy/local/registry starts them, spoken to with one
 * shared HTTP client so that the scenario can work on many abstracts at once.
 */
final class Registry {

    static final String INTAKE = "http://127.0.0.1:8081";
    static final String ABSTRACTING = "http://127.0.0.1:8082";
    static final String FOLLOWUP = "http://127.0.0.1:8083";
    static final String REPORTING = "http://127.0.0.1:8084";
    static final String KAFKA = "127.0.0.1:19092";
    private static final String TOKEN_URL = "http://127.0.0.1:8180/realms/cancer-registry/protocol/openid-connect/token";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** An HTTP answer, read as text. */
    record Answer(int status, String body, HttpResponse<?> response) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON (HTTP " + status + "): " + body, e);
            }
        }

        /** The answer when its status is the expected one; a failure naming the request and the body otherwise. */
        Answer expect(int expected) {
            if (status != expected) {
                throw new AssertionError(response.request().method() + " " + response.request().uri() + " answered " + status
                        + " instead of " + expected + ": " + body);
            }
            return this;
        }
    }

    private Registry() {
    }

    static String labToken() {
        return token(Map.of("grant_type", "client_credentials", "client_id", "lab-demo", "client_secret", "lab-demo-local-secret"));
    }

    static String registrarToken() {
        return KeycloakLogin.accessToken("registrar.demo", "Registrar-demo-1");
    }

    static Answer get(String url, String token) {
        return send(request(url, token).GET().build());
    }

    static InputStream download(String url, String token) {
        try {
            HttpResponse<InputStream> response = HTTP.send(request(url, token).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                String body = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
                throw new AssertionError("GET " + url + " answered " + response.statusCode() + ": " + body);
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Answer postJson(String url, String token, Object body) {
        return send(request(url, token).header("Content-Type", "application/json").POST(jsonBody(body)).build());
    }

    static Answer patchJson(String url, String token, Object body) {
        return send(request(url, token).header("Content-Type", "application/json").method("PATCH", jsonBody(body)).build());
    }

    static Answer postHl7(String url, String token, String messages) {
        return send(request(url, token).header("Content-Type", "application/hl7-v2")
                .POST(HttpRequest.BodyPublishers.ofString(messages, StandardCharsets.UTF_8)).build());
    }

    private static String token(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(TOKEN_URL)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build())
                .expect(200).json().path("access_token").asText();
    }

    private static HttpRequest.Builder request(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Authorization", "Bearer " + token);
    }

    private static HttpRequest.BodyPublisher jsonBody(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
