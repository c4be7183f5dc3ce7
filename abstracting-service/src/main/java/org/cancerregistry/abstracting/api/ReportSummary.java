package org.cancerregistry.abstracting.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cancerregistry.abstracting.report.PathologyReport;

/** A pathology report in a list: its screening and linkage, without PHI. */
public record ReportSummary(UUID id, String labClia, String accessionNumber, int reportVersion, Instant receivedAt,
        String reportability, List<String> screeningTerms, UUID patientId, UUID tumorId) {

    static ReportSummary of(PathologyReport report) {
        return new ReportSummary(report.id, report.labClia, report.accessionNumber, report.reportVersion, report.receivedAt,
                report.reportability, report.screeningTerms, report.patientId, report.tumorId);
    }
}
