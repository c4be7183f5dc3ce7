package org.cancerregistry.reporting.submission;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a submission stands: its selection, state, progress, and the file's SHA-256 once ready. */
public record SubmissionStatus(UUID id, String recordType, String naaccrVersion, String diagnosisYears, String stateRegistry,
        boolean changedSinceLastAccepted, SubmissionState state, Instant requestedAt, String requestedBy, int patients,
        @Schema(description = "Tumors written so far (all of them once READY)") int tumors,
        @Schema(description = "Tumors selected; null until generation started") Integer tumorsTotal,
        @Schema(description = "SHA-256 (hex) of the uncompressed file, once READY") String sha256,
        String failure, Instant completedAt, String acknowledgement, String acknowledgementReasons, Instant acknowledgedAt) {

    static SubmissionStatus of(Submission submission) {
        return new SubmissionStatus(submission.id, submission.recordType, submission.naaccrVersion, submission.diagnosisYears,
                submission.stateRegistry, submission.changedSinceLastAccepted, submission.state, submission.requestedAt,
                submission.requestedBy, submission.patients, submission.tumors, submission.tumorsTotal, submission.sha256,
                submission.failure, submission.completedAt, submission.acknowledgement, submission.acknowledgementReasons,
                submission.acknowledgedAt);
    }
}
