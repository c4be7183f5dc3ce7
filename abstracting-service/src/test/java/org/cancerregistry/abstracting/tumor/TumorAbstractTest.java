package org.cancerregistry.abstracting.tumor;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.cancerregistry.abstracting.AccessTokens;
import org.cancerregistry.abstracting.report.PathologyReportEvents;
import org.cancerregistry.abstracting.report.PathologyReportReceived;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class TumorAbstractTest {

    // Assigned by the registry, derived by staging, or set at completion: never typed in.
    private static final Set<String> NOT_ENTERED = Set.of("patientIdNumber", "tumorRecordNumber", "nameLast", "nameFirst",
            "socialSecurityNumber", "schemaId", "derivedSummaryStage2018", "dateCaseCompleted");

    @Test
    void shouldRefuseCompletionUntilTheEditsPassThenPublishTheAbstract() throws Exception {
        String tumorId = queuedTumor();
        Map<String, String> complete = completeAbstract();
        Map<String, String> wrong = new HashMap<>(complete);
        wrong.put("dateOfDiagnosis", "19600101");

        patch(tumorId, wrong).then().statusCode(200).body("failingEdits.editId", hasItem("DOB_BEFORE_DIAGNOSIS"));
        given().auth().oauth2(AccessTokens.registrar()).post("/api/v1/tumors/" + tumorId + "/completion")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("failingEdits.editId", hasItem("DOB_BEFORE_DIAGNOSIS"));

        patch(tumorId, Map.of("dateOfDiagnosis", complete.get("dateOfDiagnosis"))).then().statusCode(200)
                .body("failingEdits", empty())
                .body("stage.schemaId", is("00480"))
                .body("tumorItems.derivedSummaryStage2018", is("1"));
        given().auth().oauth2(AccessTokens.registryManager()).post("/api/v1/tumors/" + tumorId + "/completion")
                .then().statusCode(200)
                .body("status", is("COMPLETED"))
                .body("tumorItems.dateCaseCompleted", not(empty()));
    }

    @Test
    void shouldNameEveryItemThatIsNotValid() throws Exception {
        String tumorId = queuedTumor();

        patch(tumorId, Map.of("primarySite", "C5041", "laterality", "7", "noSuchItem", "1", "schemaId", "00480"))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", org.hamcrest.Matchers.hasItems("items.primarySite", "items.laterality",
                        "items.noSuchItem", "items.schemaId"));
    }

    @Test
    void shouldAuditEveryReadAndChangeForManagers() throws Exception {
        String tumorId = queuedTumor();
        String patientId = given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/tumors/" + tumorId)
                .then().statusCode(200).extract().path("patientId");
        patch(tumorId, Map.of("primarySite", "C504")).then().statusCode(200);

        given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/patients/" + patientId + "/audit").then().statusCode(403);
        List<Map<String, Object>> trail = given().auth().oauth2(AccessTokens.registryManager()).get("/api/v1/patients/" + patientId + "/audit")
                .then().statusCode(200).extract().path("$");
        assertThat(trail).extracting(event -> event.get("action")).contains("READ", "CHANGE");
        assertThat(trail).extracting(event -> event.get("actor")).contains("registrar.demo");
        assertThat(trail.toString()).contains("primarySite");
    }

    @Test
    void shouldRefuseLabsAndStateRegistries() throws Exception {
        String tumorId = queuedTumor();

        given().auth().oauth2(AccessTokens.lab()).get("/api/v1/tumors/" + tumorId).then().statusCode(403);
        given().auth().oauth2(AccessTokens.stateRegistry()).get("/api/v1/tumors/" + tumorId).then().statusCode(403);
        given().get("/api/v1/tumors/" + tumorId).then().statusCode(401);
    }

    private static io.restassured.response.Response patch(String tumorId, Map<String, String> items) {
        return given().auth().oauth2(AccessTokens.registrar()).contentType(ContentType.JSON).body(Map.of("items", items))
                .patch("/api/v1/tumors/" + tumorId);
    }

    private static String queuedTumor() throws Exception {
        PathologyReportReceived event = PathologyReportEvents.report(PathologyReportEvents.uniquePerson("F"),
                "Infiltrating duct carcinoma, left breast.", "REPORTABLE");
        PathologyReportEvents.publish(event);
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            List<String> tumors = given().auth().oauth2(AccessTokens.registrar())
                    .get("/api/v1/work-queue?reportId=" + event.reportId())
                    .then().statusCode(200).extract().path("items.tumorId");
            return tumors.isEmpty() ? null : tumors.get(0);
        }, id -> id != null);
    }

    /** The edits' complete base abstract, less what the registry assigns or derives itself. */
    private static Map<String, String> completeAbstract() throws IOException {
        Properties base = new Properties();
        try (InputStream in = TumorAbstractTest.class.getResourceAsStream("/edits/base-abstract.properties")) {
            base.load(in);
        }
        Map<String, String> items = new HashMap<>();
        base.stringPropertyNames().stream().filter(id -> !NOT_ENTERED.contains(id)).forEach(id -> items.put(id, base.getProperty(id)));
        return items;
    }
}
