package org.cancerregistry.abstracting.patient;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.cancerregistry.abstracting.AccessTokens;
import org.cancerregistry.abstracting.report.PathologyReportEvents;
import org.cancerregistry.abstracting.report.PathologyReportReceived;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;

/** Minimum necessary: a search finds the patients it names, literally, and never the whole registry. */
@QuarkusTest
class PatientSearchTest {

    @Inject
    AgroalDataSource database;

    @Test
    void shouldTakeWildcardsInANameLiterally() throws Exception {
        String name = RegistryPatients.uniqueName("Lit");
        UUID percent = RegistryPatients.insert(database, name + "%x", "Ann", "19500101");
        UUID underscore = RegistryPatients.insert(database, name + "_y", "Ann", "19500101");
        UUID backslash = RegistryPatients.insert(database, name + "\\z", "Ann", "19500101");
        RegistryPatients.insert(database, name + "ab", "Ann", "19500101");

        assertThat(found("lastName", name + "%")).containsExactly(percent.toString());
        assertThat(found("lastName", name + "_")).containsExactly(underscore.toString());
        assertThat(found("lastName", name + "\\")).containsExactly(backslash.toString());
        assertThat(found("lastName", name)).hasSize(4);
        assertThat(found("lastName", name.substring(0, 5), "firstName", "A_n")).doesNotContain(percent.toString());
    }

    /* Before, lastName=% listed every patient; now it is too short, and %% finds only names that start with %%. */
    @Test
    void shouldNeverListTheWholeRegistry() throws Exception {
        RegistryPatients.insert(database, RegistryPatients.uniqueName("Any"), "Ann", "19500101");
        refused("lastName", "%").body("invalidParams[0].name", is("lastName"));
        List<Map<String, Object>> found = api().queryParam("lastName", "%%").get("/api/v1/patients")
                .then().statusCode(200).extract().path("items");
        assertThat(found).allSatisfy(patient -> assertThat(patient.get("nameLast").toString()).startsWith("%%"));
    }

    @Test
    void shouldFindByAnExactIdentifierOrByFirstNameAndDateOfBirth() throws Exception {
        PathologyReportReceived report = PathologyReportEvents.report(PathologyReportEvents.uniquePerson("F"),
                "Infiltrating duct carcinoma, left breast.", "REPORTABLE");
        PathologyReportEvents.publish(report);
        String patient = await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<String> items = found("accessionNumber", report.accessionNumber());
            return items.isEmpty() ? null : items.get(0);
        }, id -> id != null);
        assertThat(found("ssn", report.patient().ssn())).containsExactly(patient);
        assertThat(found("firstName", report.patient().firstName(), "dateOfBirth", report.patient().dateOfBirth()))
                .contains(patient);
    }

    @ParameterizedTest
    @ValueSource(strings = { "lastName=A", "firstName=Ann", "dateOfBirth=19500101", "ssn=12345", "dateOfBirth=1950-01-01",
            "lastName=Ab%00", "mrn=MR%00", "accessionNumber=S1%00", "firstName=An%00n&lastName=Smith", "lastName=%5F" })
    void shouldRefuseASearchThatIsTooWideOrNotText(String query) {
        given().auth().oauth2(AccessTokens.registrar()).urlEncodingEnabled(false).get("/api/v1/patients?" + query)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "registrar.demo", roles = "registrar")
    void shouldApplyTheSameRulesOnTheSearchPage() throws Exception {
        String name = RegistryPatients.uniqueName("Ui");
        UUID percent = RegistryPatients.insert(database, name + "%x", "Ann", "19500101");
        UUID other = RegistryPatients.insert(database, name + "ab", "Ann", "19500101");
        given().queryParam("lastName", name + "%").get("/ui/patients").then().statusCode(200)
                .body(allOf(containsString(percent.toString()), not(containsString(other.toString()))));
        given().queryParam("lastName", "%").get("/ui/patients").then().statusCode(400)
                .contentType(containsString("text/html")).body(containsString("a last name needs at least 2 characters"));
        given().urlEncodingEnabled(false).get("/ui/patients?lastName=Ab%01").then().statusCode(400)
                .body(containsString("must not contain control characters"));
        // A NUL anywhere in a URI is refused before any page (problem/HttpProblems).
        given().urlEncodingEnabled(false).get("/ui/patients?lastName=Ab%00").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/ui/patients").then().statusCode(200).body(not(containsString("role=\"alert\"")));
    }

    private static List<String> found(String... criteria) {
        RequestSpecification request = api();
        for (int i = 0; i < criteria.length; i += 2) {
            request.queryParam(criteria[i], criteria[i + 1]);
        }
        return request.get("/api/v1/patients").then().statusCode(200).extract().path("items.id");
    }

    private static io.restassured.response.ValidatableResponse refused(String name, String value) {
        return api().queryParam(name, value).get("/api/v1/patients").then().statusCode(400).contentType("application/problem+json");
    }

    private static RequestSpecification api() {
        return given().auth().oauth2(AccessTokens.registrar());
    }
}
