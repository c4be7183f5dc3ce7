package org.cancerregistry.abstracting.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.cancerregistry.abstracting.event.EventContract;
import org.junit.jupiter.api.Test;

/** followup-service's example of FollowUpRecorded v1 (copied by the build) is what this service reads. */
class FollowUpResultContractTest {

    @Test
    void shouldReadFollowUpsExampleWithEveryFieldItNeeds() {
        FollowUpRecorded result = EventContract.assertReadable("contract/followup-results/FollowUpRecorded.v1.json",
                FollowUpRecorded.class);

        assertThat(result.patientId()).isNotNull();
        assertThat(result.contactDate()).isEqualTo("20270314");
        assertThat(result.vitalStatus()).isEqualTo("1");
    }
}
