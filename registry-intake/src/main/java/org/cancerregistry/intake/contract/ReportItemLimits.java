package org.cancerregistry.intake.contract;

import static org.cancerregistry.intake.contract.CharacterRule.CODE;
import static org.cancerregistry.intake.contract.CharacterRule.TEXT;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one table of the lengths and characters of a report's items: what intake accepts, whichever way the lab sent the
 * report, is what the {@code PathologyReportReceived} event's contract ({@code contract/pathology-reports.v1.schema.json})
 * promises and what the consumers' columns hold. Lengths are NAACCR's where NAACCR has the item (names 40, accession
 * number 20, address at diagnosis...), else the consumers' columns. A test holds the table and the schema file together.
 *
 * <p>{@link #field} is the item's path in the event and in a JSON submission ({@code []} standing for a list's index);
 * {@link #hl7Field} where Volume V carries it.
 */
public enum ReportItemLimits {

    LAB_CLIA("labClia", "MSH-4.2", 10, CODE, "^[0-9]{2}D[0-9]{7}$"),
    LAB_NAME("labName", "MSH-4.1", 100, TEXT),
    MESSAGE_CONTROL_ID("messageControlId", "MSH-10", 199, CODE),
    ACCESSION_NUMBER("accessionNumber", "OBR-3.1", 20, CODE),
    REPORT_TYPE_LOINC("reportTypeLoinc", "OBR-4.1", 20, CODE),
    /** Stored by intake only: the event carries the LOINC code, not its name. */
    REPORT_TYPE_NAME("reportTypeName", "OBR-4.2", 100, TEXT, null, false, false),
    SPECIMEN_COLLECTION_DATE("specimenCollectionDate", "OBR-7", 8, CODE, Dates.PATTERN, true, true),
    ORDERING_FACILITY("orderingFacility", "ORC-21", 100, TEXT),
    PATIENT_IDENTIFIER_TYPE("patient.identifiers[].type", "PID-3.5", 10, CODE),
    PATIENT_IDENTIFIER_VALUE("patient.identifiers[].value", "PID-3.1", 100, CODE),
    PATIENT_LAST_NAME("patient.lastName", "PID-5.1", 40, TEXT),
    PATIENT_FIRST_NAME("patient.firstName", "PID-5.2", 40, TEXT),
    PATIENT_MIDDLE_NAME("patient.middleName", "PID-5.3", 40, TEXT),
    PATIENT_DATE_OF_BIRTH("patient.dateOfBirth", "PID-7", 8, CODE, Dates.PATTERN, true, true),
    PATIENT_SEX("patient.sex", "PID-8", 1, CODE, "^[AFMNOU]?$"),
    PATIENT_RACE("patient.race", "PID-10", 20, CODE),
    ADDRESS_STREET("patient.address.street", "PID-11.1", 60, TEXT),
    ADDRESS_CITY("patient.address.city", "PID-11.3", 50, TEXT),
    ADDRESS_STATE("patient.address.state", "PID-11.4", 2, CODE),
    ADDRESS_POSTAL_CODE("patient.address.postalCode", "PID-11.5", 9, CODE),
    ADDRESS_COUNTY("patient.address.county", "PID-11.9", 3, CODE),
    SECTION_LOINC("sections[].loinc", "OBX-3.1", 20, CODE),
    SECTION_NAME("sections[].name", "OBX-3.2", 100, TEXT),
    SECTION_TEXT("sections[].text", "OBX-5", ReportItemLimits.REPORT_TEXT_LENGTH, TEXT),
    SYNOPTIC_SUB_ID("synopticObservations[].subId", "OBX-4", 20, CODE),
    SYNOPTIC_QUESTION_CODE("synopticObservations[].questionCode", "OBX-3.1", 50, CODE),
    SYNOPTIC_QUESTION("synopticObservations[].question", "OBX-3.2", 250, TEXT),
    SYNOPTIC_CODING_SYSTEM("synopticObservations[].codingSystem", "OBX-3.3", 20, CODE),
    SYNOPTIC_ANSWER_CODE("synopticObservations[].answerCode", "OBX-5.1", 50, CODE),
    SYNOPTIC_ANSWER("synopticObservations[].answer", "OBX-5.2", 250, TEXT),
    BEHAVIOR_CODE("behaviorCodes[]", "OBX-5", 1, CODE, "^[0-9]$");

    /**
     * The characters of all section texts and synoptic answers of one report together: at up to 3 bytes each in
     * UTF-8, with the other items, the event stays below the 1 MiB a Kafka producer sends ({@code max.request.size}).
     */
    public static final int REPORT_TEXT_LENGTH = 262_144;

    public final String field;
    public final String hl7Field;
    public final int maxLength;
    public final CharacterRule characters;
    /** What the schema's {@code pattern} says: the item's format, or else its character rule. */
    public final String pattern;
    /** A date that may not be later than today. */
    public final boolean notInFuture;
    /** Part of the event, and so of its schema. */
    public final boolean published;
    private final Pattern format;

    ReportItemLimits(String field, String hl7Field, int maxLength, CharacterRule characters) {
        this(field, hl7Field, maxLength, characters, null, false, true);
    }

    ReportItemLimits(String field, String hl7Field, int maxLength, CharacterRule characters, String format) {
        this(field, hl7Field, maxLength, characters, format, false, true);
    }

    ReportItemLimits(String field, String hl7Field, int maxLength, CharacterRule characters, String format, boolean notInFuture,
            boolean published) {
        this.field = field;
        this.hl7Field = hl7Field;
        this.maxLength = maxLength;
        this.characters = characters;
        this.pattern = format != null ? format : characters.pattern;
        this.format = format != null ? Pattern.compile(format) : null;
        this.notInFuture = notInFuture;
        this.published = published;
    }

    /** Why the value breaks this item's rules, or empty; a reason never quotes the value, which may be patient data. */
    public Optional<String> problem(String value) {
        if (value.length() > maxLength) {
            return Optional.of("is longer than " + maxLength + " characters");
        }
        if (!characters.allows(value)) {
            return Optional.of("holds the control character " + characters.firstRefused(value)
                    + (characters == TEXT ? " (only CR, LF and TAB are allowed in text)" : ""));
        }
        if (format != null && !format.matcher(value).matches()) {
            return Optional.of("does not match " + pattern);
        }
        return Optional.empty();
    }

    /** The ISO date forms NAACCR keeps: YYYY, YYYYMM or YYYYMMDD. */
    static final class Dates {
        static final String PATTERN = "^[0-9]{4}([0-9]{2}([0-9]{2})?)?$";

        private Dates() {
        }
    }
}
