package org.cancerregistry.intake.contract;

/**
 * One value of a report that breaks the {@link ReportItemLimits}: the item, its path in the JSON submission and the
 * event (with the list index, such as {@code patient.identifiers[1].type}), and why.
 *
 * @param item the item broken, or null for the report's text as a whole
 */
public record ItemViolation(ReportItemLimits item, String path, String hl7Field, String reason) {

    /** The reason as an HL7 ERR segment tells it: where in the message and why. */
    public String hl7Reason() {
        return hl7Field + " (" + path + ") " + reason;
    }
}
