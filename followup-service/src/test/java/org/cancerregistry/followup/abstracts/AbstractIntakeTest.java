package org.cancerregistry.followup.abstracts;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.LocalDate;

import org.cancerregistry.followup.AccessTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AbstractIntakeTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void shouldScheduleACompletedAbstractAndListItWhenDue() throws Exception {
        TumorAbstractChanged due = AbstractEvents.completed(TODAY.minusMonths(13), "14");
        TumorAbstractChanged current = AbstractEvents.completed(TODAY.minusMonths(2), "14", AbstractEvents.physician(due));
        AbstractEvents.publish(due);
        AbstractEvents.publish(current);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(AccessTokens.registrar())
                .get("/api/v1/follow-ups/due?through=" + TODAY + "&" + AbstractEvents.listedBy(due))
                .then().statusCode(200)
                .body("items.patientId", hasItem(due.patientId().toString()))
                .body("items.find { it.patientId == '" + due.patientId() + "' }.status", org.hamcrest.Matchers.is("DUE"))
                .body("items.find { it.patientId == '" + due.patientId() + "' }.nextDueDate",
                        org.hamcrest.Matchers.is(TODAY.minusMonths(13).plusMonths(12).toString()))
                .body("items.patientId", not(hasItem(current.patientId().toString()))));
    }

    @Test
    void shouldListPatientsNotHeardOfFor15MonthsAsDelinquent() throws Exception {
        TumorAbstractChanged lost = AbstractEvents.completed(TODAY.minusMonths(16), "10");
        AbstractEvents.publish(lost);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(AccessTokens.registrar())
                .get("/api/v1/follow-ups/delinquent?sort=name&" + AbstractEvents.listedBy(lost))
                .then().statusCode(200)
                .body("items.patientId", hasItem(lost.patientId().toString())));
    }

    @Test
    void shouldNotFollowANonAnalyticCase() throws Exception {
        TumorAbstractChanged nonAnalytic = AbstractEvents.completed(TODAY.minusMonths(20), "30");
        TumorAbstractChanged marker = AbstractEvents.completed(TODAY.minusMonths(20), "14", AbstractEvents.physician(nonAnalytic));
        AbstractEvents.publish(nonAnalytic);
        AbstractEvents.publish(marker);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(AccessTokens.registrar())
                .get("/api/v1/follow-ups/delinquent?" + AbstractEvents.listedBy(marker))
                .then().statusCode(200)
                .body("items.patientId", hasItem(marker.patientId().toString()))
                .body("items.patientId", not(hasItem(nonAnalytic.patientId().toString()))));
    }

    @Test
    void shouldRefuseABadSortAndLabs() {
        given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/follow-ups/delinquent?sort=age")
                .then().statusCode(400).body("invalidParams.name", hasItem("sort"));
        given().auth().oauth2(AccessTokens.lab()).get("/api/v1/follow-ups/delinquent").then().statusCode(403);
    }
}
