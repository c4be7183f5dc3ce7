package org.cancerregistry.reporting.submission;

import java.time.Instant;
import java.util.UUID;

/** Where a submission stands: its selection, state, counts, and the file's SHA-256 once ready. */
public record SubmissionStatus(UUID id, String recordType, String naaccrVersion, String diagnosisYears, SubmissionState state,
        Instant requestedAt, String requestedBy, int patients, int tumors, String sha256, String failure, Instant completedAt,
        String acknowledgement, String acknowledgementReasons, Instant acknowledgedAt) {

    static SubmissionStatus of(Submission submission) {
        return new SubmissionStatus(submission.id, submission.recordType, submission.naaccrVersion, submission.diagnosisYears,
                submission.state, submission.requestedAt, submission.requestedBy, submission.patients, submission.tumors,
                submission.sha256, submission.failure, submission.completedAt, submission.acknowledgement,
                submission.acknowledgementReasons, submission.acknowledgedAt);
    }
}
