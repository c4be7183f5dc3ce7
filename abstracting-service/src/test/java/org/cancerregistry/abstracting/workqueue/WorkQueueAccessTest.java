package org.cancerregistry.abstracting.workqueue;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.Duration;

import org.cancerregistry.abstracting.AccessTokens;
import org.cancerregistry.abstracting.report.PathologyReportEvents;
import org.cancerregistry.abstracting.report.PathologyReportReceived;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class WorkQueueAccessTest {

    @Test
    void shouldRefuseCallerWithoutToken() {
        given().when().get("/api/v1/work-queue").then().statusCode(401);
    }

    @Test
    void shouldRefuseLabAndStateRegistry() {
        given().auth().oauth2(AccessTokens.lab()).when().get("/api/v1/work-queue").then().statusCode(403);
        given().auth().oauth2(AccessTokens.stateRegistry()).when().get("/api/v1/work-queue").then().statusCode(403);
    }

    @Test
    void shouldListANewlyQueuedReportAmongTheOpenItemsNotTheDoneOnes() throws Exception {
        PathologyReportReceived event = PathologyReportEvents.report(PathologyReportEvents.uniquePerson("M"),
                "Adenocarcinoma of prostate, Gleason score 3+4=7.", "REPORTABLE");
        PathologyReportEvents.publish(event);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(AccessTokens.registrar())
                .when().get("/api/v1/work-queue?size=500&sort=newest&status=OPEN&status=LINKAGE_REVIEW")
                .then().statusCode(200)
                .body("items.reportId", hasItem(event.reportId().toString())));
        given().auth().oauth2(AccessTokens.registrar())
                .when().get("/api/v1/work-queue?size=500&sort=newest&status=DONE")
                .then().statusCode(200)
                .body("items.reportId", not(hasItem(event.reportId().toString())));
    }

    @Test
    void shouldSortNewestFirstOnRequestAndRefuseAnUnknownOrder() {
        given().auth().oauth2(AccessTokens.registrar()).when().get("/api/v1/work-queue?sort=newest").then().statusCode(200);
        given().auth().oauth2(AccessTokens.registrar()).when().get("/api/v1/work-queue?sort=sideways")
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams.name", hasItem("sort"));
    }

    @Test
    void shouldLetRegistryManagerSeeTheQueue() {
        given().auth().oauth2(AccessTokens.registryManager()).when().get("/api/v1/work-queue").then().statusCode(200);
    }

    @Test
    void shouldAnswerProblemJsonForNegativePage() {
        given().auth().oauth2(AccessTokens.registrar())
                .when().get("/api/v1/work-queue?page=-1")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", hasItem("page"))
                .body("status", is(400));
    }
}
