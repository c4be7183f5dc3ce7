package org.cancerregistry.abstracting.tumor;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cancerregistry.abstracting.AccessTokens;
import org.cancerregistry.abstracting.event.EventContract;
import org.cancerregistry.abstracting.event.TumorAbstractsTopic;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TumorAbstractTest {

    private static final String TUMOR_ABSTRACT_CHANGED_V1 = "contract/tumor-abstracts/TumorAbstractChanged.v1.json";

    @Test
    void shouldRefuseCompletionUntilTheEditsPassThenPublishTheAbstract() throws Exception {
        String tumorId = BaseAbstract.queuedTumor();
        Map<String, String> complete = BaseAbstract.items();
        Map<String, String> wrong = new HashMap<>(complete);
        wrong.put("dateOfDiagnosis", "19600101");

        BaseAbstract.patch(tumorId, wrong).then().statusCode(200).body("failingEdits.editId", hasItem("DOB_BEFORE_DIAGNOSIS"));
        given().auth().oauth2(AccessTokens.registrar()).post("/api/v1/tumors/" + tumorId + "/completion")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("failingEdits.editId", hasItem("DOB_BEFORE_DIAGNOSIS"));

        BaseAbstract.patch(tumorId, Map.of("dateOfDiagnosis", complete.get("dateOfDiagnosis"))).then().statusCode(200)
                .body("failingEdits", empty())
                .body("stage.schemaId", is("00480"))
                .body("tumorItems.derivedSummaryStage2018", is("1"));
        given().auth().oauth2(AccessTokens.registryManager()).post("/api/v1/tumors/" + tumorId + "/completion")
                .then().statusCode(200)
                .body("status", is("COMPLETED"))
                .body("tumorItems.dateCaseCompleted", not(empty()));
    }

    @Test
    void shouldPublishEveryLaterChangeWithAHigherAbstractVersion() throws Exception {
        try (TumorAbstractsTopic topic = new TumorAbstractsTopic()) {
            String tumorId = BaseAbstract.completedTumor();
            List<String> completed = topic.read(value -> value.contains(tumorId), 1, Duration.ofSeconds(10));
            // Two changes of patient items only: the tumor row itself is unchanged.
            BaseAbstract.patch(tumorId, Map.of("dateOfLastContact", "20261001")).then().statusCode(200);
            List<String> first = topic.read(value -> value.contains(tumorId), 1, Duration.ofSeconds(10));
            BaseAbstract.patch(tumorId, Map.of("dateOfLastContact", "20261015")).then().statusCode(200);
            List<String> second = topic.read(value -> value.contains(tumorId), 1, Duration.ofSeconds(10));

            assertThat(completed).singleElement().asString().contains("\"COMPLETED\"");
            assertThat(first).singleElement().asString().contains("\"UPDATED\"").contains("\"dateOfLastContact\":\"20261001\"");
            assertThat(second).singleElement().asString().contains("\"dateOfLastContact\":\"20261015\"");
            assertThat(version(first.get(0))).isGreaterThan(version(completed.get(0)));
            assertThat(version(second.get(0))).isGreaterThan(version(first.get(0)));
        }
    }

    @Test
    void shouldPublishTheEditsEachAbstractVersionFails() throws Exception {
        try (TumorAbstractsTopic topic = new TumorAbstractsTopic()) {
            String tumorId = BaseAbstract.completedTumor();
            List<String> completed = topic.read(value -> value.contains(tumorId), 1, Duration.ofSeconds(10));
            BaseAbstract.patch(tumorId, Map.of("dateOfDiagnosis", "19600101")).then().statusCode(200);
            List<String> updated = topic.read(value -> value.contains(tumorId), 1, Duration.ofSeconds(10));

            assertThat(completed).singleElement().satisfies(event -> assertThat(failingEdits(event)).isEmpty());
            assertThat(updated).singleElement().satisfies(event -> assertThat(failingEdits(event)).contains("DOB_BEFORE_DIAGNOSIS"));
            for (String published : List.of(completed.get(0), updated.get(0))) {
                EventContract.assertPublishedLike(TUMOR_ABSTRACT_CHANGED_V1, published, "patientItems", "tumorItems");
            }
        }
    }

    private static List<String> failingEdits(String event) throws Exception {
        List<String> ids = new ArrayList<>();
        new ObjectMapper().readTree(event).required("failingEdits").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private static int version(String event) throws Exception {
        return new ObjectMapper().readTree(event).path("abstractVersion").asInt();
    }

    @Test
    void shouldNameEveryItemThatIsNotValid() throws Exception {
        String tumorId = BaseAbstract.queuedTumor();

        BaseAbstract.patch(tumorId, Map.of("primarySite", "C5041", "laterality", "7", "noSuchItem", "1", "schemaId", "00480"))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", org.hamcrest.Matchers.hasItems("items.primarySite", "items.laterality",
                        "items.noSuchItem", "items.schemaId"));
    }

    @Test
    void shouldAuditEveryReadAndChangeForManagers() throws Exception {
        String tumorId = BaseAbstract.queuedTumor();
        String patientId = given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/tumors/" + tumorId)
                .then().statusCode(200).extract().path("patientId");
        BaseAbstract.patch(tumorId, Map.of("primarySite", "C504")).then().statusCode(200);

        given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/patients/" + patientId + "/audit").then().statusCode(403);
        List<Map<String, Object>> trail = given().auth().oauth2(AccessTokens.registryManager()).get("/api/v1/patients/" + patientId + "/audit")
                .then().statusCode(200).extract().path("$");
        assertThat(trail).extracting(event -> event.get("action")).contains("READ", "CHANGE");
        assertThat(trail).extracting(event -> event.get("actor")).contains("registrar.demo");
        assertThat(trail.toString()).contains("primarySite");
    }

    @Test
    void shouldRefuseLabsAndStateRegistries() throws Exception {
        String tumorId = BaseAbstract.queuedTumor();

        given().auth().oauth2(AccessTokens.lab()).get("/api/v1/tumors/" + tumorId).then().statusCode(403);
        given().auth().oauth2(AccessTokens.stateRegistry()).get("/api/v1/tumors/" + tumorId).then().statusCode(403);
        given().get("/api/v1/tumors/" + tumorId).then().statusCode(401);
    }
}
