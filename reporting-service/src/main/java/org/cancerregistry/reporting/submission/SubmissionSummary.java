package org.cancerregistry.reporting.submission;

import java.time.Instant;
import java.util.UUID;

/** What a registrar or a state registry sees of a submission in a list. */
public record SubmissionSummary(UUID id, String recordType, String naaccrVersion, String stateRegistry, SubmissionState state,
        Instant requestedAt) {

    static SubmissionSummary of(Submission submission) {
        return new SubmissionSummary(submission.id, submission.recordType, submission.naaccrVersion, submission.stateRegistry,
                submission.state, submission.requestedAt);
    }
}
