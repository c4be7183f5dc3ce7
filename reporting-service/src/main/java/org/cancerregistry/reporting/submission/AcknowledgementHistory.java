package org.cancerregistry.reporting.submission;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The state registries' answers to submissions, kept: a later answer is added, never written over an earlier one. */
@ApplicationScoped
@WithSession
public class AcknowledgementHistory implements PanacheRepositoryBase<SubmissionAcknowledgement, Long> {

    /** One answer as the API shows it. */
    public record AcknowledgementEntry(String status, List<String> reasons, String acknowledgedBy, Instant acknowledgedAt) {

        static AcknowledgementEntry of(SubmissionAcknowledgement answer) {
            return new AcknowledgementEntry(answer.status, answer.reasons, answer.acknowledgedBy, answer.acknowledgedAt);
        }
    }

    /** Adds the answer and makes it the submission's current status; call inside a transaction. */
    Uni<Submission> add(Submission submission, Acknowledgement answer, String by) {
        SubmissionAcknowledgement entry = new SubmissionAcknowledgement();
        entry.submissionId = submission.id;
        entry.status = answer.status();
        entry.reasons = answer.reasons() == null ? List.of() : List.copyOf(answer.reasons());
        entry.acknowledgedBy = by;
        entry.acknowledgedAt = Instant.now();
        submission.acknowledgement = entry.status;
        submission.acknowledgementReasons = entry.reasons.isEmpty() ? null : String.join("\n", entry.reasons);
        submission.acknowledgedBy = by;
        submission.acknowledgedAt = entry.acknowledgedAt;
        return persist(entry).replaceWith(submission);
    }

    /** Every answer to the submission, oldest first. */
    Uni<List<AcknowledgementEntry>> of(UUID submissionId) {
        return find("submissionId", Sort.ascending("id"), submissionId).list()
                .map(answers -> answers.stream().map(AcknowledgementEntry::of).toList());
    }
}
