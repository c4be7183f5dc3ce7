package org.cancerregistry.endtoend;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A user's tokens from the platform's realm the way a command-line tool gets them (RFC 8252): the authorization
 * code flow with PKCE through Keycloak's own login form, on the public client {@code registry-cli}. The platform's
 * realm has no password grant; only the test realm of the services' own tests does.
 */
public final class KeycloakLogin {

    public static final String REALM = "http://127.0.0.1:8180/realms/cancer-registry";
    private static final String CLIENT = "registry-cli";
    private static final String REDIRECT = "http://127.0.0.1:8979/callback";
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    private KeycloakLogin() {
    }

    /** The access and refresh tokens of one new session of the user. */
    public static JsonNode tokens(String username, String password) {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String verifier = randomUrlSafe(48);
        String authorize = REALM + "/protocol/openid-connect/auth?" + form(Map.of(
                "client_id", CLIENT, "response_type", "code", "scope", "openid", "redirect_uri", REDIRECT,
                "code_challenge", challenge(verifier), "code_challenge_method", "S256"));
        HttpResponse<String> loginPage = send(browser, HttpRequest.newBuilder(URI.create(authorize)).GET().build());
        Matcher action = FORM_ACTION.matcher(loginPage.body());
        if (loginPage.statusCode() != 200 || !action.find()) {
            throw new IllegalStateException("Keycloak showed no login form: HTTP " + loginPage.statusCode());
        }
        HttpRequest signIn = HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookiesSetBy(loginPage))
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                        "username", username, "password", password, "credentialId", "")))).build();
        HttpResponse<String> loggedIn = send(browser, signIn);
        String location = loggedIn.headers().firstValue("Location").orElse("");
        if (loggedIn.statusCode() != 302 || !location.startsWith(REDIRECT)) {
            throw new IllegalStateException("Keycloak did not log " + username + " in: HTTP " + loggedIn.statusCode());
        }
        String code = query(URI.create(location)).get("code");
        HttpResponse<String> tokens = send(browser, post(REALM + "/protocol/openid-connect/token", Map.of(
                "grant_type", "authorization_code", "client_id", CLIENT, "code", code, "redirect_uri", REDIRECT,
                "code_verifier", verifier)));
        if (tokens.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused the code: HTTP " + tokens.statusCode());
        }
        try {
            return JSON.readTree(tokens.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String accessToken(String username, String password) {
        return tokens(username, password).path("access_token").asText();
    }

    public static HttpRequest post(String url, Map<String, String> fields) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build();
    }

    public static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * Keycloak marks its login-session cookies Secure; browsers send those to 127.0.0.1 over http (a secure
     * context), java.net.CookieManager does not, so they are carried by hand.
     */
    private static String cookiesSetBy(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0])
                .collect(Collectors.joining("; "));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
