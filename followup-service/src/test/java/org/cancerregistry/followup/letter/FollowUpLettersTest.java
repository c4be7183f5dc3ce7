package org.cancerregistry.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class FollowUpLettersTest {

    private static final RegistryLetterhead LETTERHEAD = new RegistryLetterhead("Lakeshore State Cancer Registry",
            List.of("Department of Health, Room 214", "100 Capitol Avenue", "Springfield, IL 62701"),
            "(217) 555-0142");
    private static final LocalDate PRINTED_ON = LocalDate.of(2026, 3, 17);

    private final FollowUpLetters letters = new FollowUpLetters(LETTERHEAD);

    @Test
    void shouldPrintThePatientsNameAndDueDateInAPhysicianLetter() throws IOException {
        String text = textOf(letters.letter(toPhysician("Margaret A. Whitfield"), PRINTED_ON));

        assertThat(text)
                .contains("Margaret A. Whitfield")
                .contains("March 10, 2026")
                .contains("January 2, 1960")
                .contains("Lakeshore State Cancer Registry")
                .contains("100 Capitol Avenue")
                .contains("Springfield, IL 62701")
                .contains("(217) 555-0142")
                .contains("Cancer registry follow-up request")
                .contains("your patient")
                .contains("Alive", "Deceased", "No evidence of cancer", "Evidence of cancer", "Unknown")
                .contains("Date of last contact")
                .contains("This letter contains protected health information");
    }

    @Test
    void shouldWordAPatientLetterForThePatient() throws IOException {
        String text = textOf(letters.letter(toPatient("Rosa Delgado"), PRINTED_ON));

        assertThat(text)
                .contains("Dear Rosa Delgado,")
                .contains("how you are doing")
                .contains("March 10, 2026")
                .doesNotContainIgnoringCase("your patient")
                .doesNotContain("Breast");
    }

    @Test
    void shouldFitALetterOnOneUsLetterPage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(letters.letter(toPhysician("Margaret A. Whitfield"), PRINTED_ON))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
        }
    }

    @Test
    void shouldStartEachLetterOfADueListOnItsOwnPage() throws IOException {
        var names = List.of("Margaret A. Whitfield", "Rosa Delgado", "Samuel Okafor");
        var out = new ByteArrayOutputStream();

        letters.letters(List.of(toPhysician(names.get(0)), toPatient(names.get(1)), toPhysician(names.get(2))),
                PRINTED_ON, out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            // A letter may run onto a second page, which need not repeat the name.
            var patientsInPageOrder = new ArrayList<String>();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                String text = textOf(pdf, page);
                var named = names.stream().filter(text::contains).toList();
                assertThat(named).as("patients named on page %d", page).hasSizeLessThanOrEqualTo(1);
                named.stream()
                        .filter(name -> patientsInPageOrder.isEmpty()
                                || !patientsInPageOrder.get(patientsInPageOrder.size() - 1).equals(name))
                        .forEach(patientsInPageOrder::add);
            }
            assertThat(patientsInPageOrder).isEqualTo(names);
        }
    }

    @Test
    void shouldLeaveTheCallersStreamOpen() {
        var out = new ByteArrayOutputStream() {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        };

        letters.letters(List.of(toPatient("Rosa Delgado")), PRINTED_ON, out);

        assertThat(out.closed).isFalse();
        assertThat(out.size()).isPositive();
    }

    @Test
    void shouldNameAMissingFieldWithoutItsValue() {
        assertThatThrownBy(() -> letters.letter(request(Recipient.PHYSICIAN, null, "1960-01-02",
                LocalDate.of(2026, 3, 10)), PRINTED_ON))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("patientName");
        assertThatThrownBy(() -> letters.letter(request(Recipient.PHYSICIAN, "Margaret A. Whitfield", "1960-01-02",
                null), PRINTED_ON))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dueDate")
                .message().doesNotContain("Margaret", "Whitfield", "1960");
    }

    @Test
    void shouldRejectAMalformedDateOfBirthWithoutQuotingIt() {
        assertThatThrownBy(() -> request(Recipient.PHYSICIAN, "Margaret A. Whitfield", "1960-13-45",
                LocalDate.of(2026, 3, 10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasNoCause()
                .hasMessageContaining("patientDateOfBirth")
                .message().doesNotContain("1960-13-45");
    }

    @Test
    void shouldRejectAnEmptyDueListBeforeWritingAnything() {
        var out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> letters.letters(List.of(), PRINTED_ON, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("requests");
        assertThat(out.size()).isZero();
    }

    private static LetterRequest toPhysician(String patientName) {
        return request(Recipient.PHYSICIAN, patientName, "1960-01-02", LocalDate.of(2026, 3, 10));
    }

    private static LetterRequest toPatient(String patientName) {
        return new LetterRequest(Recipient.PATIENT, patientName, List.of("42 Orchard Lane", "Decatur, IL 62521"),
                patientName, "1948-07-30", LocalDate.of(2025, 3, 2), LocalDate.of(2026, 3, 10), "Breast");
    }

    private static LetterRequest request(Recipient recipient, String patientName, String dateOfBirth,
            LocalDate dueDate) {
        return new LetterRequest(recipient, "Dr. Helen Park",
                List.of("Prairie Oncology Associates", "800 North Rutledge Street", "Springfield, IL 62702"),
                patientName, dateOfBirth, LocalDate.of(2025, 2, 27), dueDate, "Breast");
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return textOf(document, 1, document.getNumberOfPages());
        }
    }

    private static String textOf(PDDocument document, int page) throws IOException {
        return textOf(document, page, page);
    }

    // Whitespace is normalised because line breaks fall wherever the text happens to wrap.
    private static String textOf(PDDocument document, int startPage, int endPage) throws IOException {
        var stripper = new PDFTextStripper();
        stripper.setStartPage(startPage);
        stripper.setEndPage(endPage);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }
}
