package org.cancerregistry.endtoend.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.cancerregistry.endtoend.Platform;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Who gets into the registrar UI: registrars and managers through Keycloak's login page, labs not at all. */
class BrowserAccessIT {

    @Test
    void shouldKeepALabOutOfTheRegistrarUi() {
        // A lab is a system with a service account: it has no login on Keycloak's page...
        try (Browser browser = new Browser("lab-refused")) {
            browser.logIn("/work-queue", "lab-demo", "lab-demo-local-secret");
            assertThat(browser.page.getByText("Invalid username or password.")).isVisible();
            assertThat(browser.page).hasURL(Pattern.compile("^http://127\\.0\\.0\\.1:8180/.*"));
            browser.screenshot("login-refused");
        }
        // ...its token does not stand in for a registrar's login, and the registrar's API refuses it.
        String lab = Platform.labToken();
        given().redirects().follow(false).auth().oauth2(lab).get(Browser.UI + "/work-queue")
                .then().statusCode(302)
                .header("Location", startsWith("http://127.0.0.1:8180/realms/cancer-registry/protocol/openid-connect/auth"));
        given().auth().oauth2(lab).get(Platform.ABSTRACTING + "/api/v1/work-queue").then().statusCode(403);
    }

    @Test
    void shouldShowAPatientsAuditTrailToTheManager() {
        Registry.LabReport report = Registry.breastCancerReport();
        Map<String, Object> item = Registry.queueItem(report.reportId());
        String patientId = (String) item.get("patientId");
        given().auth().oauth2(Platform.registrarToken()).get(Platform.ABSTRACTING + "/api/v1/patients/" + patientId)
                .then().statusCode(200);

        try (Browser browser = new Browser("manager-audit-trail")) {
            Page page = browser.page;
            browser.logIn("/patients/" + patientId, "manager.demo", "Manager-demo-1");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                    .setName(report.lastName() + ", " + report.firstName()))).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Audit trail"))).isVisible();
            assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("registrar.demo")).first()).isVisible();
            browser.screenshot("patient-with-audit-trail");
        }
    }

    @Test
    void shouldRefuseASessionCookieCapturedBeforeTheLogout() {
        try (Browser browser = new Browser("captured-cookie-after-logout")) {
            browser.logIn("/work-queue", "registrar.demo", "Registrar-demo-1");
            assertThat(browser.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Work queue"))).isVisible();
            String captured = browser.cookieHeader(Browser.UI);
            given().redirects().follow(false).header("Cookie", captured).get(Browser.UI + "/work-queue").then().statusCode(200);

            browser.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log out")).click();
            browser.page.waitForURL(Pattern.compile("^http://127\\.0\\.0\\.1:8180/.*"));
            browser.screenshot("logged-out");

            // Keycloak's back-channel logout told the UI that the session ended: the old cookie opens nothing.
            Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                    given().redirects().follow(false).header("Cookie", captured).get(Browser.UI + "/work-queue")
                            .then().statusCode(302).header("Location", startsWith("http://127.0.0.1:8180/")));
        }
    }
}
