package org.cancerregistry.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The platform's realm as a hospital's security review expects it: sessions, passwords and events. */
class KeycloakRealmIT {

    private static final String KEYCLOAK = "http://127.0.0.1:8180";
    private static final String ADMIN = KEYCLOAK + "/admin/realms/cancer-registry";

    @Test
    void shouldRefuseThePasswordGrantOnThePlatformsRealm() {
        given().formParam("grant_type", "password").formParam("client_id", "registry-cli")
                .formParam("username", "registrar.demo").formParam("password", "Registrar-demo-1")
                .post(KeycloakLogin.REALM + "/protocol/openid-connect/token")
                .then().statusCode(400).body("error", equalTo("unauthorized_client"));
    }

    @Test
    void shouldAcceptARefreshTokenOnlyOnce() {
        JsonNode tokens = KeycloakLogin.tokens("registrar.demo", "Registrar-demo-1");
        String refreshToken = tokens.path("refresh_token").asText();

        String rotated = refresh(refreshToken).then().statusCode(200).extract().path("refresh_token");
        assertThat(rotated).isNotEqualTo(refreshToken);
        refresh(refreshToken).then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void shouldRefuseAWeakPasswordAndKeepLoginAndAdminEvents() {
        String admin = adminToken();
        String username = "policy-probe-" + UUID.randomUUID();
        String location = given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("username", username, "enabled", true))
                .post(ADMIN + "/users").then().statusCode(201).extract().header("Location");
        try {
            given().auth().oauth2(admin).contentType("application/json")
                    .body(Map.of("type", "password", "value", "1", "temporary", false))
                    .put(location + "/reset-password").then().statusCode(400);
            given().auth().oauth2(admin).contentType("application/json")
                    .body(Map.of("type", "password", "value", "Str0ng-enough-Passw0rd!", "temporary", false))
                    .put(location + "/reset-password").then().statusCode(204);

            List<String> adminEvents = given().auth().oauth2(admin).queryParam("resourceTypes", "USER")
                    .queryParam("operationTypes", "CREATE").queryParam("max", 1000)
                    .get(ADMIN + "/admin-events").then().statusCode(200).extract().path("resourcePath");
            assertThat(adminEvents).contains("users/" + location.substring(location.lastIndexOf('/') + 1));
        } finally {
            given().auth().oauth2(admin).delete(location).then().statusCode(204);
        }

        KeycloakLogin.tokens("registrar.demo", "Registrar-demo-1");
        List<String> logins = given().auth().oauth2(admin).queryParam("type", "LOGIN").queryParam("client", "registry-cli")
                .queryParam("max", 10).get(ADMIN + "/events").then().statusCode(200).extract().path("type");
        assertThat(logins).isNotEmpty();

        Map<String, Object> realm = given().auth().oauth2(admin).get(ADMIN).then().statusCode(200).extract().as(Map.class);
        // HIPAA keeps audit documentation six years (45 CFR 164.316(b)(2)).
        assertThat(((Number) realm.get("eventsExpiration")).longValue()).isGreaterThanOrEqualTo(6L * 365 * 24 * 3600);
        assertThat(realm.get("adminEventsEnabled")).isEqualTo(true);
    }

    private static io.restassured.response.Response refresh(String refreshToken) {
        return given().formParam("grant_type", "refresh_token").formParam("client_id", "registry-cli")
                .formParam("refresh_token", refreshToken)
                .post(KeycloakLogin.REALM + "/protocol/openid-connect/token");
    }

    private static String adminToken() {
        return given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin-local")
                .post(KEYCLOAK + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
