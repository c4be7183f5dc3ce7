package org.cancerregistry.intake.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import org.cancerregistry.intake.AccessTokens;
import org.cancerregistry.intake.hl7.Hl7Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class JsonSubmissionTest {

    private static String report(String controlId, String accession, String patient, String sections) {
        return """
                {
                  "messageControlId": "%s",
                  "accessionNumber": "%s",
                  "reportTypeLoinc": "11529-5",
                  "specimenCollectionDate": "2026-03-10",
                  "patient": %s,
                  "orderingFacility": "Albany Medical Center",
                  "sections": %s
                }""".formatted(controlId, accession, patient, sections);
    }

    private static final String PATIENT = """
            {"identifiers": [{"type": "SS", "value": "123-45-6789"}, {"type": "MR", "value": "00466144"}],
             "lastName": "Doe", "firstName": "Jane", "dateOfBirth": "1957-07-06", "sex": "F", "race": "2106-3"}""";
    private static final String DIAGNOSIS = """
            [{"loinc": "22637-3", "name": "Final diagnosis", "text": "Infiltrating duct carcinoma, left breast."}]""";

    @Test
    void shouldCreateReportAndAnswerItsLocation() {
        String body = report(Hl7Fixtures.uniqueId("JSON"), Hl7Fixtures.uniqueId("S"), PATIENT, DIAGNOSIS);

        Response created = submit(body).then().statusCode(201).extract().response();
        String location = created.header("Location");

        given().auth().oauth2(AccessTokens.lab()).when().get(location)
                .then().statusCode(200)
                .body("version", is(1))
                .body("status", is("ACCEPTED"))
                .body("specimenCollectionDate", is("20260310"))
                .body("reportability", is("REPORTABLE"));
    }

    @Test
    void shouldAnswerResubmissionWithTheOriginalReport() {
        String body = report(Hl7Fixtures.uniqueId("JSON"), Hl7Fixtures.uniqueId("S"), PATIENT, DIAGNOSIS);

        String first = submit(body).then().statusCode(201).extract().path("id");
        String again = submit(body).then().statusCode(200).extract().path("id");

        assertThat(again).isEqualTo(first);
    }

    @Test
    void shouldNameEveryInvalidField() {
        String patient = """
                {"identifiers": [{"type": "SS", "value": "12345"}], "lastName": "", "dateOfBirth": "1957-07-06", "sex": "X"}""";
        String sections = """
                [{"loinc": "22636-5", "text": "Left breast mass."}]""";

        submit(report(Hl7Fixtures.uniqueId("JSON"), "", patient, sections))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", hasItems("accessionNumber", "patient.lastName", "patient.sex", "sections",
                        "patient.identifiers[0].value"));
    }

    @Test
    void shouldNameFieldThatIsNotADate() {
        String patient = PATIENT.replace("1957-07-06", "1957-02-30");

        submit(report(Hl7Fixtures.uniqueId("JSON"), Hl7Fixtures.uniqueId("S"), patient, DIAGNOSIS))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", hasItem("patient.dateOfBirth"));
    }

    @Test
    void shouldRefuseMalformedJson() {
        submit("{\"messageControlId\": ").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", hasItem("body"));
    }

    @Test
    void shouldHideAnotherLabsReportFromALab() {
        String location = submit(report(Hl7Fixtures.uniqueId("JSON"), Hl7Fixtures.uniqueId("S"), PATIENT, DIAGNOSIS))
                .then().statusCode(201).extract().header("Location");

        given().auth().oauth2(AccessTokens.registrar()).when().get(location).then().statusCode(200);
        given().auth().oauth2(AccessTokens.stateRegistry()).when().get(location).then().statusCode(403);
        given().auth().oauth2(AccessTokens.lab()).when().get("/api/v1/pathology-reports/" + java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseSinceThatIsNotAnInstant() {
        given().auth().oauth2(AccessTokens.registrar()).when().get("/api/v1/pathology-reports?since=yesterday")
                .then().statusCode(400)
                .body("invalidParams.name", hasItem("since"));
    }

    private static Response submit(String body) {
        return given().auth().oauth2(AccessTokens.lab()).contentType("application/json").body(body)
                .when().post("/api/v1/pathology-reports");
    }
}
