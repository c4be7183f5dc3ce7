package org.cancerregistry.reporting.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The producers' examples (copied by the build from abstracting-service and followup-service) are what this service reads. */
class EventContractsTest {

    @Test
    void shouldReadAbstractingsTumorAbstractChangedWithEveryFieldItNeeds() {
        TumorAbstractChanged change = EventContract.assertReadable("contract/tumor-abstracts/TumorAbstractChanged.v1.json",
                TumorAbstractChanged.class);

        assertThat(change.isComplete()).isTrue();
        assertThat(change.tumorItems()).containsEntry("primarySite", "C504");
        assertThat(change.failingEdits()).containsExactly("DOB_BEFORE_DIAGNOSIS");
    }

    @Test
    void shouldReadFollowUpsFollowUpRecordedWithEveryFieldItNeeds() {
        FollowUpRecorded result = EventContract.assertReadable("contract/followup-results/FollowUpRecorded.v1.json",
                FollowUpRecorded.class);

        assertThat(result.patientId()).isNotNull();
        assertThat(result.cancerStatus()).isEqualTo("1");
    }
}
