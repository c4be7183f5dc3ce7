package org.cancerregistry.intake.hl7;

import java.util.List;

import org.cancerregistry.intake.report.PathologyReportContent;

/**
 * What the intake made of one message: accepted with its content (AA), in error with the problems
 * the lab must fix (AE), or rejected as not a Volume V ORU^R01 2.5.1 message at all (AR).
 */
public record Hl7Reading(MessageHeader header, AckCode ackCode, PathologyReportContent content, List<Hl7Problem> problems) {

    public enum AckCode {
        AA,
        AE,
        AR
    }

    static Hl7Reading accepted(MessageHeader header, PathologyReportContent content) {
        return new Hl7Reading(header, AckCode.AA, content, List.of());
    }

    static Hl7Reading inError(MessageHeader header, List<Hl7Problem> problems) {
        return new Hl7Reading(header, AckCode.AE, null, List.copyOf(problems));
    }

    static Hl7Reading rejected(MessageHeader header, Hl7Problem problem) {
        return new Hl7Reading(header, AckCode.AR, null, List.of(problem));
    }
}
