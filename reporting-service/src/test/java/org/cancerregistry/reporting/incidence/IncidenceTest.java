package org.cancerregistry.reporting.incidence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cancerregistry.reporting.TumorAbstractsTopic.breastTumor;
import static org.cancerregistry.reporting.TumorAbstractsTopic.changed;
import static org.cancerregistry.reporting.TumorAbstractsTopic.person;
import static org.hamcrest.Matchers.hasItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.cancerregistry.reporting.AccessTokens;
import org.cancerregistry.reporting.TumorAbstractsTopic;
import org.cancerregistry.reporting.store.TumorAbstractChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class IncidenceTest {

    @Inject
    AgroalDataSource database;

    private int year;

    /** Two localized female breast cancers, a distant male lung cancer staged by hand, a lymphoma of unknown stage. */
    @BeforeEach
    void publishAKnownYear() throws Exception {
        year = 1971 + (int) (Math.random() * 19);
        TumorAbstractsTopic.forgetDiagnosisYear(database, year);
        Map<String, String> lung = breastTumor(year + "0601");
        lung.put("primarySite", "C341");
        lung.put("histologicTypeIcdO3", "8140");
        lung.remove("derivedSummaryStage2018");
        lung.put("summaryStage2018", "7");
        Map<String, String> lymphoma = breastTumor(year + "0701");
        lymphoma.put("primarySite", "C779");
        lymphoma.put("histologicTypeIcdO3", "9680");
        lymphoma.remove("derivedSummaryStage2018");
        List<TumorAbstractChanged> events = new ArrayList<>();
        events.add(changed(UUID.randomUUID(), UUID.randomUUID(), 1, person("2"), breastTumor(year + "0310"), List.of()));
        events.add(changed(UUID.randomUUID(), UUID.randomUUID(), 1, person("2"), breastTumor(year + "0410"), List.of()));
        events.add(changed(UUID.randomUUID(), UUID.randomUUID(), 1, person("1"), lung, List.of()));
        events.add(changed(UUID.randomUUID(), UUID.randomUUID(), 1, person("1"), lymphoma, List.of()));
        TumorAbstractsTopic.publishAndAwait(database, events);
    }

    @Test
    void shouldCountTumorsBySiteGroupSexAndStageAsJson() {
        JsonPath report = given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/incidence?diagnosisYear=" + year)
                .then().statusCode(200).contentType("application/json").extract().jsonPath();

        assertThat(report.getInt("tumors")).isEqualTo(4);
        List<Map<String, Object>> counts = report.getList("counts");
        assertThat(counts).extracting(c -> c.get("diagnosisYear"), c -> c.get("siteGroup"), c -> c.get("sex"), c -> c.get("stage"),
                c -> c.get("count")).containsExactly(
                        tuple(year, "Lung and bronchus", "1", "7", 1),
                        tuple(year, "Breast", "2", "1", 2),
                        tuple(year, "Lymphoma", "1", "9", 1));
    }

    @Test
    void shouldAnswerCsvWhenAskedFor() {
        String csv = given().auth().oauth2(AccessTokens.registryManager()).accept("text/csv")
                .get("/api/v1/incidence?diagnosisYear=" + year)
                .then().statusCode(200).contentType("text/csv").extract().asString();

        assertThat(csv.lines()).containsExactly(
                "diagnosisYear,siteGroup,sex,stage,count",
                year + ",Lung and bronchus,1,7,1",
                year + ",Breast,2,1,2",
                year + ",Lymphoma,1,9,1");
    }

    @Test
    void shouldAnswerProblemJsonForAnInvalidYear() {
        given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/incidence?diagnosisYear=26")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("diagnosisYear"));
    }
}
