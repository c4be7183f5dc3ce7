package org.cancerregistry.reporting.quality;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cancerregistry.reporting.TumorAbstractsTopic.breastTumor;
import static org.cancerregistry.reporting.TumorAbstractsTopic.changed;
import static org.cancerregistry.reporting.TumorAbstractsTopic.person;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.cancerregistry.reporting.AccessTokens;
import org.cancerregistry.reporting.TumorAbstractsTopic;
import org.cancerregistry.reporting.store.TumorAbstractChanged;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class DataQualityTest {

    @Inject
    AgroalDataSource database;

    /**
     * Ten tumors of ten patients: one each without age, with unknown race, by death certificate only,
     * failing an edit and with unknown edits; two completed late; patients 9 and 10 are one person
     * under two ids, and patient 7 shares the SSN of a patient diagnosed another year.
     */
    @Test
    void shouldMeasureAKnownYearAgainstTheNaaccrThresholds() throws Exception {
        int year = 1941 + (int) (Math.random() * 30);
        TumorAbstractsTopic.forgetDiagnosisYear(database, year);
        List<Map<String, String>> patients = new ArrayList<>();
        List<Map<String, String>> tumors = new ArrayList<>();
        List<List<String>> failingEdits = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            patients.add(person("2"));
            Map<String, String> tumor = breastTumor(year + "0110");
            tumor.put("dateCaseCompleted", i < 8 ? year + "0601" : (year + 1) + "0110");
            tumors.add(tumor);
            failingEdits.add(List.of());
        }
        tumors.get(0).remove("ageAtDiagnosis");
        patients.get(1).put("race1", "99");
        tumors.get(2).put("typeOfReportingSource", "7");
        failingEdits.set(3, List.of("DOB_BEFORE_DIAGNOSIS"));
        failingEdits.set(4, null);
        patients.get(9).put("nameLast", patients.get(8).get("nameLast").toUpperCase() + "-");
        patients.get(9).put("nameFirst", "ANN");
        patients.get(9).put("dateOfBirth", patients.get(8).get("dateOfBirth"));
        Map<String, String> sameSsn = person("1");
        sameSsn.put("socialSecurityNumber", patients.get(6).get("socialSecurityNumber"));

        List<TumorAbstractChanged> events = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            events.add(changed(UUID.randomUUID(), UUID.randomUUID(), 1, patients.get(i), tumors.get(i), failingEdits.get(i)));
        }
        events.add(changed(UUID.randomUUID(), UUID.randomUUID(), 1, sameSsn, breastTumor("18990505"), List.of()));
        TumorAbstractsTopic.publishAndAwait(database, events);

        JsonPath report = given().auth().oauth2(AccessTokens.registryManager())
                .get("/api/v1/data-quality?diagnosisYear=" + year)
                .then().statusCode(200).extract().jsonPath();

        assertThat(report.getInt("diagnosisYear")).isEqualTo(year);
        assertThat(report.getLong("tumors")).isEqualTo(10);
        assertThat(report.getLong("patients")).isEqualTo(10);
        assertThat(measures(report)).containsExactly(
                tuple("missingAgeAtDiagnosis", 1, 10, 10.0f, "< 2%", false),
                tuple("missingSex", 0, 10, 0.0f, "< 2%", true),
                tuple("missingRace", 1, 10, 10.0f, "< 3%", false),
                tuple("missingCountyAtDiagnosis", 0, 10, 0.0f, "< 2%", true),
                tuple("deathCertificateOnly", 1, 10, 10.0f, "< 3%", false),
                tuple("passingEdits", 8, 9, 88.89f, ">= 100%", false),
                tuple("timeliness", 8, 10, 80.0f, ">= 90%", false),
                tuple("suspectedDuplicatePatients", 3, 10, 300.0f, "<= 1 per 1,000", false));
    }

    @Test
    void shouldAnswerAYearWithoutTumorsWithoutVerdicts() {
        given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/data-quality?diagnosisYear=1900")
                .then().statusCode(200)
                .body("tumors", is(0))
                .body("measures[0].value", is((Object) null))
                .body("measures[0].passes", is((Object) null));
    }

    @Test
    void shouldAnswerProblemJsonForAMissingOrInvalidYear() {
        for (String query : new String[] { "", "?diagnosisYear=", "?diagnosisYear=abcd", "?diagnosisYear=1850" }) {
            given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/data-quality" + query)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("invalidParams.name", hasItem("diagnosisYear"));
        }
    }

    @Test
    void shouldRefuseStateRegistriesAndLabs() {
        given().auth().oauth2(AccessTokens.stateRegistry()).get("/api/v1/data-quality?diagnosisYear=2026").then().statusCode(403);
        given().auth().oauth2(AccessTokens.lab()).get("/api/v1/data-quality?diagnosisYear=2026").then().statusCode(403);
    }

    private static List<org.assertj.core.groups.Tuple> measures(JsonPath report) {
        List<org.assertj.core.groups.Tuple> measures = new ArrayList<>();
        List<Map<String, Object>> list = report.getList("measures");
        for (Map<String, Object> measure : list) {
            measures.add(tuple(measure.get("id"), measure.get("numerator"), measure.get("denominator"), measure.get("value"),
                    measure.get("thresholdText"), measure.get("passes")));
        }
        return measures;
    }
}
