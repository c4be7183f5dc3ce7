package org.cancerregistry.intake.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published on {@code pathology-reports} for every accepted report version, keyed by {@link PatientKey}
 * so that one patient's reports stay in order. Consumers deduplicate by {@code eventId}. Its types are its own, not
 * intake's report content: its JSON is the contract with the consumers, and must not change when intake's content does.
 *
 * @param version the version of this event's schema
 * @param reportVersion 1 for the first report of an accession number, then one more per correction
 * @param synopticObservations the report's coded results as question/answer pairs (added to version 1 without
 *        breaking it: consumers ignore fields they do not know)
 */
public record PathologyReportReceived(
        UUID eventId,
        Instant occurredAt,
        int version,
        UUID reportId,
        int reportVersion,
        UUID supersedesReportId,
        Instant receivedAt,
        String labClia,
        String labName,
        String messageControlId,
        String accessionNumber,
        String reportTypeLoinc,
        String specimenCollectionDate,
        boolean correction,
        Patient patient,
        String orderingFacility,
        List<ReportSection> sections,
        List<String> behaviorCodes,
        List<SynopticObservation> synopticObservations,
        Screening screening) {

    public static final String TOPIC = "pathology-reports";
    public static final int SCHEMA_VERSION = 1;

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

    /** The patient's address at diagnosis; the postal code as NAACCR keeps it, a ZIP+4 without its hyphen. */
    public record Address(String street, String city, String state, String postalCode, String county) {
    }

    /** One text section of the report, by its LOINC code: 22637-3 final diagnosis, 22636-5 clinical history, ... */
    public record ReportSection(String loinc, String name, String text) {
    }

    /** One coded result as a question and its answer; {@code subId} (OBX-4) groups those of one specimen part. */
    public record SynopticObservation(String subId, String questionCode, String question, String codingSystem,
            String answerCode, String answer) {
    }

    /** The intake's reportability verdict and the terms that decided it. */
    public record Screening(String reportability, List<String> matchedTerms) {
    }
}
