package org.cancerregistry.followup.abstracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.cancerregistry.followup.event.EventContract;
import org.junit.jupiter.api.Test;

/** abstracting-service's example of TumorAbstractChanged v1 (copied by the build) is what this service reads. */
class TumorAbstractContractTest {

    @Test
    void shouldReadAbstractingsExampleWithEveryFieldItNeeds() {
        TumorAbstractChanged change = EventContract.assertReadable("contract/tumor-abstracts/TumorAbstractChanged.v1.json",
                TumorAbstractChanged.class);

        assertThat(change.isComplete()).isTrue();
        assertThat(change.patientItems()).containsEntry("dateOfLastContact", "20260402");
        assertThat(change.tumorItems()).containsEntry("classOfCase", "14");
    }
}
