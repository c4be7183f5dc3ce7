package org.cancerregistry.intake.report;

import java.util.List;

/**
 * A pathology report as the registry understands it, whatever format the lab sent it in (HL7 v2.5.1
 * Volume V or JSON). Dates keep the precision the lab gave, as NAACCR does: YYYY, YYYYMM or YYYYMMDD.
 *
 * @param messageControlId the lab's id for this transmission (MSH-10): a resend of the same id is the same report
 * @param correction true for a corrected report (OBR-25 {@code C})
 * @param behaviorCodes ICD-O-3 behavior codes the lab coded in its results, if any
 * @param synopticObservations the coded results (CAP electronic cancer checklist answers and the like), in message order
 */
public record PathologyReportContent(
        String messageControlId,
        String labName,
        String labClia,
        String accessionNumber,
        String reportTypeLoinc,
        String reportTypeName,
        String specimenCollectionDate,
        boolean correction,
        Patient patient,
        String orderingFacility,
        List<ReportSection> sections,
        List<String> behaviorCodes,
        List<SynopticObservation> synopticObservations) {

    public record Patient(
            List<PatientIdentifier> identifiers,
            String lastName,
            String firstName,
            String middleName,
            String dateOfBirth,
            String sex,
            String race,
            Address address) {
    }

    /** One of the patient's identifiers with its HL7 type: SS (SSN), MR (medical record number), ... */
    public record PatientIdentifier(String type, String value) {
    }

    /** The postal code as NAACCR keeps it (item 100): a ZIP+4 without its hyphen, 123451234 for 12345-1234. */
    public record Address(String street, String city, String state, String postalCode, String county) {

        public Address {
            if (postalCode != null && postalCode.matches("[0-9]{5}-[0-9]{4}")) {
                postalCode = postalCode.substring(0, 5) + postalCode.substring(6);
            }
        }
    }

    /** One text section of the report, by its LOINC code: 22637-3 final diagnosis, 22636-5 clinical history, ... */
    public record ReportSection(String loinc, String name, String text) {
    }

    /**
     * One discrete result of the report as a question and its answer, each a code with its text: a CAP electronic
     * cancer checklist item ({@code 2118^Tumor Site^CAPECC} answered {@code 2119^Upper outer quadrant^CAPECC}), or a
     * LOINC-coded one such as the ICD-O-3 morphology. An answer without a code (a number, a short text) has only text.
     *
     * @param subId OBX-4, which groups the results of one specimen part or checklist section
     */
    public record SynopticObservation(String subId, String questionCode, String question, String codingSystem,
            String answerCode, String answer) {
    }

    public static final String FINAL_DIAGNOSIS = "22637-3";

    /** The final diagnosis, the text on which reportability is screened; parts joined by line breaks. */
    public String diagnosisText() {
        return String.join("\n", sections.stream()
                .filter(section -> FINAL_DIAGNOSIS.equals(section.loinc()))
                .map(ReportSection::text)
                .toList());
    }
}
