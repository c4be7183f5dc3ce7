package org.cancerregistry.abstracting.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.cancerregistry.abstracting.event.EventContract;
import org.junit.jupiter.api.Test;

/** registry-intake's example of PathologyReportReceived v1 (copied by the build) is what this service reads. */
class PathologyReportContractTest {

    @Test
    void shouldReadIntakesExampleWithEveryFieldItNeeds() {
        PathologyReportReceived report = EventContract.assertReadable("contract/pathology-reports/PathologyReportReceived.v1.json",
                PathologyReportReceived.class);

        assertThat(report.isComplete()).isTrue();
        assertThat(report.diagnosisText()).isEqualTo("Infiltrating duct carcinoma, left breast, 2.1 cm.");
        assertThat(report.patient().ssn()).isEqualTo("123456789");
        assertThat(report.screening().reportability()).isEqualTo("REPORTABLE");
    }
}
