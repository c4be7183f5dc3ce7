package org.cancerregistry.abstracting.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The event contract registry-intake publishes on {@code pathology-reports}, as this service reads it.
 * Fields this service does not know yet are ignored, so intake can add some without breaking it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
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
        ReportedPatient patient,
        String orderingFacility,
        List<ReportSection> sections,
        List<String> behaviorCodes,
        Screening screening) {

    public static final String TOPIC = "pathology-reports";
    public static final String FINAL_DIAGNOSIS = "22637-3";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReportedPatient(List<Identifier> identifiers, String lastName, String firstName, String middleName,
            String dateOfBirth, String sex, String race, Address address) {

        /** The patient's SSN (HL7 identifier type SS), or blank. */
        public String ssn() {
            return identifiers == null ? "" : identifiers.stream().filter(id -> "SS".equals(id.type()))
                    .map(Identifier::value).findFirst().orElse("");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Identifier(String type, String value) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Address(String street, String city, String state, String postalCode, String county) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReportSection(String loinc, String name, String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Screening(String reportability, List<String> matchedTerms) {
    }

    /** Whether the event carries what this service needs; anything else is set aside unread. */
    public boolean isComplete() {
        return eventId != null && reportId != null && receivedAt != null && labClia != null && accessionNumber != null
                && patient != null && sections != null && screening != null && screening.reportability() != null;
    }

    /** The final diagnosis text, parts joined by line breaks. */
    public String diagnosisText() {
        return String.join("\n", sections.stream().filter(s -> FINAL_DIAGNOSIS.equals(s.loinc())).map(ReportSection::text).toList());
    }
}
