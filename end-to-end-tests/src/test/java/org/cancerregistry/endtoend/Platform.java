package org.cancerregistry.endtoend;

import static io.restassured.RestAssured.given;

/**
 * The running platform as deploy/local/registry starts it, and real tokens from its Keycloak for the
 * demo accounts (the realm file's local demo values).
 */
public final class Platform {

    public static final String INTAKE = "http://127.0.0.1:8081";
    public static final String ABSTRACTING = "http://127.0.0.1:8082";
    public static final String FOLLOWUP = "http://127.0.0.1:8083";
    public static final String KAFKA = "127.0.0.1:19092";
    private static final String TOKEN_URL = "http://127.0.0.1:8180/realms/cancer-registry/protocol/openid-connect/token";

    private Platform() {
    }

    public static String labToken() {
        return given().formParam("grant_type", "client_credentials").formParam("client_id", "lab-demo")
                .formParam("client_secret", "lab-demo-local-secret")
                .post(TOKEN_URL).then().statusCode(200).extract().path("access_token");
    }

    public static String registrarToken() {
        return KeycloakLogin.accessToken("registrar.demo", "Registrar-demo-1");
    }
}
