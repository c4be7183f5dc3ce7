package org.cancerregistry.intake.hl7;

import org.cancerregistry.intake.contract.ItemViolation;

/**
 * One thing wrong with a message, as an ERR segment reports it: where (segment, its sequence, field,
 * component; 0 when not applicable) and why, with the HL7 table 0357 error code.
 */
public record Hl7Problem(String segment, int sequence, int field, int component, ErrorCode code, String reason) {

    /** HL7 table 0357 (message error condition codes) as used by this intake. */
    public enum ErrorCode {
        SEGMENT_SEQUENCE_ERROR("100", "Segment sequence error"),
        REQUIRED_FIELD_MISSING("101", "Required field missing"),
        DATA_TYPE_ERROR("102", "Data type error"),
        TABLE_VALUE_NOT_FOUND("103", "Table value not found"),
        UNSUPPORTED_MESSAGE_TYPE("200", "Unsupported message type"),
        UNSUPPORTED_EVENT_CODE("201", "Unsupported event code"),
        UNSUPPORTED_VERSION_ID("203", "Unsupported version id"),
        APPLICATION_INTERNAL_ERROR("207", "Application internal error");

        public final String code;
        public final String text;

        ErrorCode(String code, String text) {
            this.code = code;
            this.text = text;
        }
    }

    /** A value that breaks the registry's item limits, located by its HL7 field such as {@code PID-3.5}. */
    static Hl7Problem of(ItemViolation violation) {
        String[] location = violation.hl7Field().split("[-.]");
        int component = location.length > 2 ? Integer.parseInt(location[2]) : 0;
        return new Hl7Problem(location[0], 1, Integer.parseInt(location[1]), component, ErrorCode.DATA_TYPE_ERROR,
                violation.hl7Reason());
    }

    static Hl7Problem missing(String segment, int field, int component, String what) {
        return new Hl7Problem(segment, 1, field, component, ErrorCode.REQUIRED_FIELD_MISSING, what + " is required");
    }

    static Hl7Problem invalid(String segment, int field, int component, String reason) {
        return new Hl7Problem(segment, 1, field, component, ErrorCode.DATA_TYPE_ERROR, reason);
    }

    static Hl7Problem unknownCode(String segment, int field, String reason) {
        return new Hl7Problem(segment, 1, field, 0, ErrorCode.TABLE_VALUE_NOT_FOUND, reason);
    }

    Hl7Problem inRepetition(int segmentSequence) {
        return new Hl7Problem(segment, segmentSequence, field, component, code, reason);
    }
}
