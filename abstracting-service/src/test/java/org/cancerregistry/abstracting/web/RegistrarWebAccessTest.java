package org.cancerregistry.abstracting.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import org.cancerregistry.abstracting.AccessTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
class RegistrarWebAccessTest {

    @Test
    void shouldSendABrowserWithoutSessionToKeycloakLoginWithPkce() {
        given().redirects().follow(false)
                .when().get("/ui/work-queue")
                .then().statusCode(302)
                .header("Location", allOf(
                        startsWith("http://127.0.0.1:8180/realms/cancer-registry-test/protocol/openid-connect/auth"),
                        containsString("client_id=registrar-web"),
                        containsString("code_challenge_method=S256")));
    }

    @Test
    void shouldKeepAnsweringTheApiWith401InsteadOfALoginRedirect() {
        given().redirects().follow(false).when().get("/api/v1/work-queue").then().statusCode(401);
    }

    /** Before, the path was behind the UI's login: Keycloak's call was redirected to the login page and lost. */
    @Test
    void shouldLetKeycloakCallTheBackChannelLogoutWithoutASession() {
        given().redirects().follow(false).formParam("logout_token", "not-a-logout-token")
                .when().post("/ui/back-channel-logout")
                .then().statusCode(400);
    }

    @Test
    void shouldNotTakeALabTokenInPlaceOfARegistrarLogin() {
        given().redirects().follow(false).auth().oauth2(AccessTokens.lab())
                .when().get("/ui/work-queue")
                .then().statusCode(302)
                .header("Location", containsString("client_id=registrar-web"));
    }

    @Test
    @TestSecurity(user = "lab-demo", roles = "lab")
    void shouldRefuseTheUiToAnAccountWithoutTheRegistrarRole() {
        given().when().get("/ui/work-queue").then().statusCode(403);
        given().when().get("/ui/patients").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "registrar.demo", roles = "registrar")
    void shouldShowTheWorkQueueWithItsFiltersToARegistrar() {
        given().when().get("/ui/work-queue?sort=newest")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(allOf(containsString("<h1>Work queue</h1>"), containsString("<label for=\"status\">Status</label>"),
                        containsString("aria-keyshortcuts=\"N\""), containsString("registrar.demo")));
    }
}
