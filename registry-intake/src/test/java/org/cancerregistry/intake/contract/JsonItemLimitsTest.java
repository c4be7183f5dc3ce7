package org.cancerregistry.intake.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.regex.Pattern;

import org.cancerregistry.intake.AccessTokens;
import org.cancerregistry.intake.hl7.Hl7Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A JSON value that the event's contract would not carry is answered 400 problem JSON naming the JSON field. */
@QuarkusTest
class JsonItemLimitsTest {

    private static final String REPORT = """
            {
              "messageControlId": "{CONTROL_ID}",
              "accessionNumber": "{ACCESSION}",
              "reportTypeLoinc": "11529-5",
              "reportTypeName": "Surgical Pathology Study Report",
              "specimenCollectionDate": "2026-03-10",
              "patient": {"identifiers": [{"type": "SS", "value": "123456789"}, {"type": "MR", "value": "00466144"}],
                "lastName": "Doe", "firstName": "Jane", "dateOfBirth": "1957-07-06", "sex": "F", "race": "2106-3",
                "address": {"street": "495 East Drive", "city": "Delmar", "state": "NY", "postalCode": "12054"}},
              "orderingFacility": "Albany Medical Center",
              "sections": [{"loinc": "22637-3", "name": "Final diagnosis", "text": "Infiltrating duct carcinoma, left breast."}]
            }""";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "patient.identifiers[1].type;\"MR\";\"*11*\"",
            "patient.identifiers[1].value;\"00466144\";\"*101*\"",
            "patient.race;\"2106-3\";\"*21*\"",
            "patient.lastName;\"Doe\";\"*41*\"",
            "patient.address.street;\"495 East Drive\";\"*61*\"",
            "patient.address.state;\"NY\";\"*3*\"",
            "patient.address.postalCode;\"12054\";\"*10*\"",
            "reportTypeName;\"Surgical Pathology Study Report\";\"*101*\"",
            "orderingFacility;\"Albany Medical Center\";\"*101*\"",
            "sections[0].name;\"Final diagnosis\";\"*101*\"" })
    void shouldNameAFieldPastItsLength(String field, String from, String to) {
        submit(REPORT.replace(from, letters(to)))
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem(field))
                .body("invalidParams.find { it.name == '" + field + "' }.reason", startsWith("is longer than"));
    }

    @Test
    void shouldNameAMessageControlIdPast199Characters() {
        submit(REPORT.replace("{CONTROL_ID}", "{CONTROL_ID}" + "0".repeat(190)))
                .then().statusCode(400).body("invalidParams.name", contains("messageControlId"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "patient.lastName;\"Doe\";\"Do\\u0000e\"",
            "patient.identifiers[1].value;\"00466144\";\"00466\\t144\"",
            "sections[0].text;\"Infiltrating duct;\"Infiltrating\\u0007 duct",
            "accessionNumber;\"{ACCESSION}\";\"A\\nB{ACCESSION}\"" })
    void shouldNameAFieldWithAControlCharacter(String field, String from, String to) {
        submit(REPORT.replace(from, to))
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains(field))
                .body("invalidParams[0].reason", startsWith("holds the control character U+00"));
    }

    @Test
    void shouldAcceptATabAndLineBreaksInTheDiagnosisText() {
        submit(REPORT.replace("Infiltrating duct", "Infiltrating\\tduct\\r\\n")).then().statusCode(201);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = { "patient.dateOfBirth;1957-07-06;9999-12-31", "specimenCollectionDate;2026-03-10;2999-12-31" })
    void shouldNameADateInTheFuture(String field, String from, String to) {
        submit(REPORT.replace(from, to))
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains(field))
                .body("invalidParams[0].reason", startsWith("is in the future"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "sections[0];\"sections\": [;\"sections\": [null, ",
            "patient.identifiers[0];\"identifiers\": [;\"identifiers\": [null, ",
            "behaviorCodes[0];\"orderingFacility\";\"behaviorCodes\": [null], \"orderingFacility\"" })
    void shouldNameANullInAList(String field, String from, String to) {
        submit(REPORT.replace(from, to))
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem(field));
    }

    /** The value with each {@code *n*} written out as n letters. */
    private static String letters(String value) {
        return Pattern.compile("\\*(\\d+)\\*").matcher(value).replaceAll(run -> "x".repeat(Integer.parseInt(run.group(1))));
    }

    private static Response submit(String body) {
        return given().auth().oauth2(AccessTokens.lab()).contentType("application/json")
                .body(body.replace("{CONTROL_ID}", Hl7Fixtures.uniqueId("JSON")).replace("{ACCESSION}", Hl7Fixtures.uniqueId("S")))
                .when().post("/api/v1/pathology-reports");
    }
}
