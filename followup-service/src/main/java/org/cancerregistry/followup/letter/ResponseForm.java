package org.cancerregistry.followup.letter;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** The boxed form the recipient fills in and returns: vital status, cancer status, date of last contact. */
final class ResponseForm {

    private static final String BOX = "[   ]";
    private static final String BLANK = "________________";

    private final LetterRequest request;

    ResponseForm(LetterRequest request) {
        this.request = request;
    }

    PdfPTable table() {
        var form = new Phrase();
        form.add(line("Follow-up response", LetterFonts.EMPHASIS));
        form.add(line(patientLine(), LetterFonts.BODY));
        form.add(line(" ", LetterFonts.BODY));
        form.add(line("Vital status:    " + BOX + " Alive     " + BOX + " Deceased, date of death: " + BLANK,
                LetterFonts.BODY));
        form.add(line("Cancer status:  " + BOX + " No evidence of cancer     " + BOX + " Evidence of cancer     "
                + BOX + " Unknown", LetterFonts.BODY));
        form.add(line(lastContactLabel() + ": " + BLANK, LetterFonts.BODY));
        form.add(new Phrase("Completed by: ______________________________     Date: " + BLANK, LetterFonts.BODY));

        var cell = new PdfPCell(form);
        cell.setBorder(Rectangle.BOX);
        cell.setPadding(8);
        cell.setLeading(0, 1.5f);
        var table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setSpacingAfter(10);
        // A form split over two sheets tends to come back half filled in.
        table.setKeepTogether(true);
        table.addCell(cell);
        return table;
    }

    private String patientLine() {
        var dateOfBirth = request.dateOfBirth();
        return "Patient: " + request.patientName()
                + (dateOfBirth == null ? "" : "     Date of birth: " + LetterDates.format(dateOfBirth));
    }

    private String lastContactLabel() {
        return request.recipient() == Recipient.PHYSICIAN
                ? "Date of last contact"
                : "Date of last contact (your most recent visit with a doctor)";
    }

    private static Phrase line(String text, Font font) {
        return new Phrase(text + "\n", font);
    }
}
