package org.cancerregistry.followup.letter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * One follow-up letter to write: to whom, about which patient, and when the follow-up was due.
 *
 * @param patientDateOfBirth ISO date (yyyy-MM-dd); required for a physician, who must be able to tell the
 *                           patient apart from others of the same name
 * @param lastContact        the last contact on file, or null when the registry has none
 * @param primarySiteDescription e.g. "Breast"; optional, printed in physician letters only
 */
public record LetterRequest(Recipient recipient, String recipientName, List<String> recipientAddressLines,
        String patientName, String patientDateOfBirth, LocalDate lastContact, LocalDate dueDate,
        String primarySiteDescription) {

    public LetterRequest {
        Required.value("recipient", recipient);
        Required.text("recipientName", recipientName);
        recipientAddressLines = Required.lines("recipientAddressLines", recipientAddressLines);
        Required.text("patientName", patientName);
        if (recipient == Recipient.PHYSICIAN) {
            Required.text("patientDateOfBirth", patientDateOfBirth);
        }
        if (patientDateOfBirth != null) {
            parseDateOfBirth(patientDateOfBirth);
        }
        Required.value("dueDate", dueDate);
    }

    /** The date of birth as a date, or null when absent (patient letters only). */
    LocalDate dateOfBirth() {
        return patientDateOfBirth == null ? null : parseDateOfBirth(patientDateOfBirth);
    }

    private static LocalDate parseDateOfBirth(String isoDate) {
        try {
            return LocalDate.parse(isoDate);
        } catch (DateTimeParseException e) {
            // Not chained: the cause's message quotes the date of birth.
            throw new IllegalArgumentException("patientDateOfBirth must be an ISO date (yyyy-MM-dd)");
        }
    }
}
