package org.cancerregistry.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Real tokens from the Keycloak that deploy/local runs, for the demo accounts of the cancer-registry
 * realm. The secrets and passwords are the realm file's local demo values.
 */
public final class AccessTokens {

    private AccessTokens() {
    }

    public static String lab() {
        return clientCredentials("lab-demo", "lab-demo-local-secret");
    }

    public static String stateRegistry() {
        return clientCredentials("state-registry-demo", "state-registry-demo-local-secret");
    }

    public static String registrar() {
        return password("registrar.demo", "Registrar-demo-1");
    }

    public static String registryManager() {
        return password("manager.demo", "Manager-demo-1");
    }

    private static String clientCredentials(String clientId, String secret) {
        return token("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret);
    }

    private static String password(String username, String password) {
        return token("grant_type", "password", "client_id", "registry-cli", "username", username, "password", password);
    }

    /**
     * A token, asked again for a while when Keycloak refuses: the realm is shared by everything running against
     * deploy/local, and a demo account is now and then refused for a moment (401) while other suites run.
     */
    private static String token(String... form) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            var request = given().contentType("application/x-www-form-urlencoded");
            for (int i = 0; i < form.length; i += 2) {
                request.formParam(form[i], form[i + 1]);
            }
            var answer = request.post(realmUrl() + "/protocol/openid-connect/token");
            return answer.statusCode() == 200 ? answer.path("access_token") : null;
        }, token -> token != null).toString();
    }

    private static String realmUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }
}
