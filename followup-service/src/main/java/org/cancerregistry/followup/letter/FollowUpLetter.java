package org.cancerregistry.followup.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;

/** The content of one follow-up letter, top to bottom. */
final class FollowUpLetter {

    static final String SUBJECT = "Cancer registry follow-up request";

    private final RegistryLetterhead letterhead;
    private final LetterRequest request;
    private final LocalDate printedOn;

    FollowUpLetter(RegistryLetterhead letterhead, LetterRequest request, LocalDate printedOn) {
        this.letterhead = letterhead;
        this.request = request;
        this.printedOn = printedOn;
    }

    void writeTo(Document document) {
        document.add(block(LetterFonts.REGISTRY_NAME, List.of(letterhead.registryName())));
        document.add(spacedAfter(18, block(LetterFonts.LETTERHEAD, letterheadLines())));
        document.add(spacedAfter(14, text(LetterDates.format(printedOn), LetterFonts.BODY)));
        document.add(spacedAfter(14, block(LetterFonts.BODY, recipientLines())));
        document.add(spacedAfter(10, text(SUBJECT, LetterFonts.EMPHASIS)));
        document.add(spacedAfter(8, text("Dear " + request.recipientName() + ",", LetterFonts.BODY)));
        for (String paragraph : LetterWording.body(request, letterhead)) {
            document.add(spacedAfter(8, text(paragraph, LetterFonts.BODY)));
        }
        if (request.recipient() == Recipient.PHYSICIAN) {
            document.add(spacedAfter(4, block(LetterFonts.BODY, patientLines())));
        }
        document.add(new ResponseForm(request).table());
        document.add(spacedAfter(14, block(LetterFonts.BODY,
                List.of("Sincerely,", "Follow-up Coordinator", letterhead.registryName()))));
        document.add(spacedAfter(10, text(confidentialityNotice(), LetterFonts.NOTICE)));
        document.add(block(LetterFonts.LETTERHEAD, returnLines()));
    }

    private List<String> letterheadLines() {
        return concat(letterhead.returnAddressLines(), List.of("Phone: " + letterhead.phone()));
    }

    private List<String> recipientLines() {
        return concat(List.of(request.recipientName()), request.recipientAddressLines());
    }

    private List<String> patientLines() {
        var lines = new ArrayList<String>();
        lines.add("Patient: " + request.patientName());
        lines.add("Date of birth: " + LetterDates.format(request.dateOfBirth()));
        if (request.primarySiteDescription() != null && !request.primarySiteDescription().isBlank()) {
            lines.add("Primary site: " + request.primarySiteDescription());
        }
        if (request.lastContact() != null) {
            lines.add("Last contact on file: " + LetterDates.format(request.lastContact()));
        }
        lines.add("Follow-up due: " + LetterDates.format(request.dueDate()));
        return lines;
    }

    private String confidentialityNotice() {
        return "CONFIDENTIAL: This letter contains protected health information. It is intended only for the "
                + "person to whom it is addressed. If you received it in error, please do not read, copy or share "
                + "it; call us at " + letterhead.phone() + " and return it to the address below or destroy it "
                + "securely.";
    }

    private List<String> returnLines() {
        return List.of("Please return the completed form to:", letterhead.registryName() + ", "
                + String.join(", ", letterhead.returnAddressLines()) + ". Phone: " + letterhead.phone());
    }

    private static Paragraph block(Font font, List<String> lines) {
        return text(String.join("\n", lines), font);
    }

    private static Paragraph text(String text, Font font) {
        var paragraph = new Paragraph(text, font);
        paragraph.setLeading(0, 1.25f);
        return paragraph;
    }

    private static Paragraph spacedAfter(float points, Paragraph paragraph) {
        paragraph.setSpacingAfter(points);
        return paragraph;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
