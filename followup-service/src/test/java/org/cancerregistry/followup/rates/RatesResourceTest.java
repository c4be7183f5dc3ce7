package org.cancerregistry.followup.rates;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.cancerregistry.followup.AccessTokens;
import org.cancerregistry.followup.schedule.FollowUpRules;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RatesResourceTest {

    /* A diagnosis year no other test uses; rows of earlier runs stay, so the test compares counts before and after. */
    private static final int DIAGNOSIS_YEAR = 1901;

    @Inject
    AgroalDataSource database;

    @Test
    void shouldCountTheFollowedPatientsOfTheDatabase() throws SQLException {
        List<Integer> before = diagnosisYearCounts();
        LocalDate today = LocalDate.now();
        followUp(today.minusMonths(2), true);
        followUp(today.minusYears(2), true);
        followUp(today.minusMonths(2), false);

        List<Integer> after = diagnosisYearCounts();

        assertThat(after.get(0) - before.get(0)).as("dead or current").isEqualTo(1);
        assertThat(after.get(1) - before.get(1)).as("eligible").isEqualTo(2);
        assertThat(after.get(2) - before.get(2)).as("excluded").isEqualTo(1);
    }

    @Test
    void shouldAnswerTheCocRatesWithTheirStandards() {
        given().auth().oauth2(AccessTokens.registryManager()).get("/api/v1/follow-up-rates?referenceYear=2015")
                .then().statusCode(200)
                .body("referenceYear", is(2015))
                .body("rates.population", hasItems("ALL_SINCE_REFERENCE", "LAST_FIVE_YEARS"))
                .body("rates.find { it.population == 'ALL_SINCE_REFERENCE' }.standard", is(0.8f))
                .body("rates.find { it.population == 'LAST_FIVE_YEARS' }.standard", is(0.9f));
    }

    /** registry.follow-up-rates.reference-year is 2016 in the test profile. */
    @Test
    void shouldCountFromTheRegistrysConfiguredReferenceYearWhenTheRequestNamesNone() {
        given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/follow-up-rates")
                .then().statusCode(200).body("referenceYear", is(2016));
    }

    @Test
    void shouldRefuseAReferenceYearOutOfRangeAndLabs() {
        given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/follow-up-rates?referenceYear=1200").then().statusCode(400);
        given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/follow-up-rates?referenceYear=2099")
                .then().statusCode(400).body("invalidParams[0].name", is("referenceYear"));
        given().auth().oauth2(AccessTokens.lab()).get("/api/v1/follow-up-rates").then().statusCode(403);
    }

    private static List<Integer> diagnosisYearCounts() {
        Map<String, Integer> rate = given().auth().oauth2(AccessTokens.registrar())
                .get("/api/v1/follow-up-rates?referenceYear=" + DIAGNOSIS_YEAR)
                .then().statusCode(200)
                .extract().path("rates.find { it.population == 'DIAGNOSIS_YEAR_" + DIAGNOSIS_YEAR + "' }");
        return List.of(rate.get("numerator"), rate.get("denominator"), rate.get("excluded"));
    }

    private void followUp(LocalDate lastContact, boolean eligible) throws SQLException {
        try (var connection = database.getConnection();
                var insert = connection.prepareStatement("""
                        INSERT INTO follow_up (patient_id, diagnosis_year, last_contact, next_due_date, delinquent_from,
                            status, eligible, vital_status, updated_at)
                        VALUES (?, ?, ?, ?, ?, 'CURRENT', ?, '1', now())""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setInt(2, DIAGNOSIS_YEAR);
            insert.setObject(3, lastContact);
            insert.setObject(4, FollowUpRules.nextDue(lastContact));
            insert.setObject(5, FollowUpRules.delinquentFrom(lastContact));
            insert.setBoolean(6, eligible);
            insert.executeUpdate();
        }
    }
}
