package org.cancerregistry.followup.letter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cancerregistry.followup.AccessTokens;
import org.cancerregistry.followup.abstracts.AbstractEvents;
import org.cancerregistry.followup.abstracts.TumorAbstractChanged;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class LetterResourceTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void shouldPrintAPhysicianLetterWithThePatientsNameAndDueDate() throws Exception {
        LocalDate lastContact = TODAY.minusMonths(13);
        TumorAbstractChanged due = AbstractEvents.completed(lastContact, "14");
        AbstractEvents.publish(due);
        AbstractEvents.awaitDue(due);

        byte[] pdf = given().auth().oauth2(AccessTokens.registrar())
                .get("/api/v1/patients/" + due.patientId() + "/follow-up-letter")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(due.patientItems().get("nameLast"))
                    .contains(lastContact.plusMonths(12).format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US)))
                    .contains("Demo Hospital Cancer Registry");
        }
    }

    @Test
    void shouldPrintEveryLetterOfTheDueListInOnePdf() throws Exception {
        TumorAbstractChanged due = AbstractEvents.completed(TODAY.minusMonths(13), "14");
        AbstractEvents.publish(due);
        AbstractEvents.awaitDue(due);

        byte[] pdf = given().auth().oauth2(AccessTokens.registrar())
                .get("/api/v1/follow-ups/due/letters?through=" + TODAY + "&recipient=PATIENT")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains(due.patientItems().get("nameLast"));
        }
    }

    @Test
    void shouldRefuseAnUnknownRecipient() {
        given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/follow-ups/due/letters?recipient=NEIGHBOUR")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/follow-ups/due/letters?through=2026-13-01")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", org.hamcrest.Matchers.hasItem("through"));
    }
}
