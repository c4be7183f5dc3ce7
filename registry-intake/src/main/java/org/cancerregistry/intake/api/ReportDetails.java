package org.cancerregistry.intake.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cancerregistry.intake.screening.Reportability;
import org.cancerregistry.intake.store.PathologyReport;
import org.cancerregistry.intake.store.ReportStatus;

/** A report's status and screening result: what a lab or registrar sees of one report, without PHI. */
public record ReportDetails(
        UUID id,
        int version,
        UUID supersedesId,
        ReportStatus status,
        String labClia,
        String messageControlId,
        String accessionNumber,
        String reportTypeLoinc,
        String specimenCollectionDate,
        boolean correction,
        Instant receivedAt,
        Reportability reportability,
        List<String> screeningTerms) {

    static ReportDetails of(PathologyReport report) {
        return new ReportDetails(report.id, report.version, report.supersedesId, report.status, report.labClia,
                report.messageControlId, report.accessionNumber, report.reportTypeLoinc, report.specimenCollectionDate,
                report.correction, report.receivedAt, report.reportability, report.screeningTerms);
    }
}
