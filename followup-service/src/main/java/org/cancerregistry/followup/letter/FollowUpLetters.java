package org.cancerregistry.followup.letter;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;

/** Writes follow-up letters as PDF on US Letter paper, one letter or a whole due list at a time. */
public final class FollowUpLetters {

    private static final float SIDE_MARGIN = 72;
    private static final float TOP_AND_BOTTOM_MARGIN = 54;

    private final RegistryLetterhead letterhead;

    public FollowUpLetters(RegistryLetterhead letterhead) {
        this.letterhead = Required.value("letterhead", letterhead);
    }

    /** One letter, one or two pages. */
    public byte[] letter(LetterRequest request, LocalDate printedOn) {
        Required.value("request", request);
        var pdf = new ByteArrayOutputStream();
        letters(List.of(request), printedOn, pdf);
        return pdf.toByteArray();
    }

    /**
     * All letters of a due list in one PDF, each starting on a new page. Pages are written to {@code out} as
     * they are finished; {@code out} is left open.
     */
    public void letters(List<LetterRequest> requests, LocalDate printedOn, OutputStream out) {
        checkDueList(requests);
        Required.value("printedOn", printedOn);
        Required.value("out", out);

        var document = new Document(PageSize.LETTER, SIDE_MARGIN, SIDE_MARGIN, TOP_AND_BOTTOM_MARGIN,
                TOP_AND_BOTTOM_MARGIN);
        var writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        // Document metadata is shown by viewers and indexed by file systems: no patient data in it.
        document.addTitle(FollowUpLetter.SUBJECT);
        document.addCreator(letterhead.registryName());
        document.open();
        for (var request : requests) {
            document.newPage();
            new FollowUpLetter(letterhead, request, printedOn).writeTo(document);
        }
        document.close();
    }

    // Checked before the first byte is written, so that a bad request never leaves half a PDF in out.
    private static void checkDueList(List<LetterRequest> requests) {
        if (Required.value("requests", requests).isEmpty()) {
            throw new IllegalArgumentException("requests must not be empty");
        }
        for (int i = 0; i < requests.size(); i++) {
            Required.value("requests[" + i + "]", requests.get(i));
        }
    }
}
