package org.cancerregistry.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The running platform as deploy/local/registry starts it, and real tokens from its Keycloak for the
 * demo accounts (the realm file's local demo values).
 */
public final class Platform {

    /** -Dbench.intake points the intake harness at a scratch instance instead. */
    public static final String INTAKE = System.getProperty("bench.intake", "http://127.0.0.1:8081");
    public static final String ABSTRACTING = "http://127.0.0.1:8082";
    public static final String KAFKA = "127.0.0.1:19092";
    public static final String POSTGRES = "jdbc:postgresql://127.0.0.1:15432/";
    private static final String TOKEN_URL = "http://127.0.0.1:8180/realms/cancer-registry/protocol/openid-connect/token";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Platform() {
    }

    public static HttpClient http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static String labToken() {
        return token(Map.of("grant_type", "client_credentials", "client_id", "lab-demo", "client_secret", "lab-demo-local-secret"));
    }

    public static String registrarToken() {
        return KeycloakLogin.accessToken("registrar.demo", "Registrar-demo-1");
    }

    private static String token(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token: HTTP " + response.statusCode());
            }
            return JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
