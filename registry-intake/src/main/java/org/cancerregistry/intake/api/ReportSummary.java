package org.cancerregistry.intake.api;

import java.time.Instant;
import java.util.UUID;

import org.cancerregistry.intake.screening.Reportability;
import org.cancerregistry.intake.store.PathologyReport;
import org.cancerregistry.intake.store.ReportStatus;

/** What a lab or a registrar sees of a report in a list. */
public record ReportSummary(UUID id, String labClia, String messageControlId, String accessionNumber, int version,
        Instant receivedAt, ReportStatus status, Reportability reportability) {

    static ReportSummary of(PathologyReport report) {
        return new ReportSummary(report.id, report.labClia, report.messageControlId, report.accessionNumber, report.version,
                report.receivedAt, report.status, report.reportability);
    }
}
