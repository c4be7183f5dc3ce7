package org.cancerregistry.abstracting.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A patient's record: the patient items, the tumors and the pathology reports linked to them. */
public record PatientRecord(UUID id, Map<String, String> items, List<TumorLine> tumors, List<ReportLine> reports) {

    public record TumorLine(UUID id, String status, String primarySite, String histology, String dateOfDiagnosis) {
    }

    public record ReportLine(UUID id, String labClia, String accessionNumber, Instant receivedAt, String reportability, UUID tumorId) {
    }
}
