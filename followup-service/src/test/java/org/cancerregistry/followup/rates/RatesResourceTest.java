package org.cancerregistry.followup.rates;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import org.cancerregistry.followup.AccessTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RatesResourceTest {

    @Test
    void shouldAnswerTheCocRatesWithTheirStandards() {
        given().auth().oauth2(AccessTokens.registryManager()).get("/api/v1/follow-up-rates?referenceYear=2015")
                .then().statusCode(200)
                .body("referenceYear", is(2015))
                .body("rates.population", hasItems("ALL_SINCE_REFERENCE", "LAST_FIVE_YEARS"))
                .body("rates.find { it.population == 'ALL_SINCE_REFERENCE' }.standard", is(0.8f))
                .body("rates.find { it.population == 'LAST_FIVE_YEARS' }.standard", is(0.9f));
    }

    @Test
    void shouldRefuseAReferenceYearOutOfRangeAndLabs() {
        given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/follow-up-rates?referenceYear=1200").then().statusCode(400);
        given().auth().oauth2(AccessTokens.lab()).get("/api/v1/follow-up-rates").then().statusCode(403);
    }
}
