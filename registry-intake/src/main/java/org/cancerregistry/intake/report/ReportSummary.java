package org.cancerregistry.intake.report;

import java.time.Instant;
import java.util.UUID;

/** What a lab or a registrar sees of a report in a list. */
public record ReportSummary(UUID id, String labClia, String messageControlId, Instant receivedAt, ReportStatus status) {

    static ReportSummary of(PathologyReport report) {
        return new ReportSummary(report.id, report.labClia, report.messageControlId, report.receivedAt, report.status);
    }
}
