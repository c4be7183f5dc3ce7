package org.cancerregistry.intake.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cancerregistry.intake.report.PathologyReportContent.Patient;
import org.cancerregistry.intake.report.PathologyReportContent.ReportSection;
import org.cancerregistry.intake.report.PathologyReportContent.SynopticObservation;

/**
 * Published on {@code pathology-reports} for every accepted report version, keyed by {@link PatientKey}
 * so that one patient's reports stay in order. Consumers deduplicate by {@code eventId}.
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

    /** The intake's reportability verdict and the terms that decided it. */
    public record Screening(String reportability, List<String> matchedTerms) {
    }
}
