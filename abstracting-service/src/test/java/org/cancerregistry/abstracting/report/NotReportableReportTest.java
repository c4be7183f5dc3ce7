package org.cancerregistry.abstracting.report;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.List;

import org.cancerregistry.abstracting.AccessTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class NotReportableReportTest {

    @Test
    void shouldListANotReportableReportAndQueueItWhenARegistrarOverridesTheScreening() throws Exception {
        PathologyReportReceived event = PathologyReportEvents.report(PathologyReportEvents.uniquePerson("F"),
                "Fibroadenoma of the left breast. No atypia.", "NOT_REPORTABLE");
        PathologyReportEvents.publish(event);
        String report = event.reportId().toString();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(AccessTokens.registrar())
                .get("/api/v1/pathology-reports?reportability=NOT_REPORTABLE&size=500")
                .then().statusCode(200).body("items.id", hasItem(report)));
        given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/work-queue?reportId=" + report)
                .then().statusCode(200).body("items.size()", is(0));

        given().auth().oauth2(AccessTokens.registrar()).post("/api/v1/pathology-reports/" + report + "/work-queue-item")
                .then().statusCode(201);
        List<String> reportabilities = given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/work-queue?reportId=" + report)
                .then().statusCode(200).extract().path("items.reportability");
        org.assertj.core.api.Assertions.assertThat(reportabilities).containsExactly("REGISTRAR_OVERRIDE");
        given().auth().oauth2(AccessTokens.registrar()).post("/api/v1/pathology-reports/" + report + "/work-queue-item")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseLabs() {
        given().auth().oauth2(AccessTokens.lab()).get("/api/v1/pathology-reports").then().statusCode(403);
    }
}
