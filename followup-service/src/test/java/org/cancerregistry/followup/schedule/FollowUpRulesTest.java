package org.cancerregistry.followup.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowUpRulesTest {

    private static final LocalDate LAST_CONTACT = LocalDate.of(2025, 3, 10);

    @ParameterizedTest
    @CsvSource({
            "2025-03-10, 2026-03-10, 2026-06-10",
            "2024-02-29, 2025-02-28, 2025-05-29",
            "2025-01-31, 2026-01-31, 2026-04-30",
            "2024-11-30, 2025-11-30, 2026-02-28",
            "2023-11-29, 2024-11-29, 2025-02-28",
            "2022-11-29, 2023-11-29, 2024-02-29"
    })
    void shouldScheduleDueAndDelinquentDates(LocalDate lastContact, LocalDate due, LocalDate delinquent) {
        assertThat(FollowUpRules.nextDue(lastContact)).isEqualTo(due);
        assertThat(FollowUpRules.delinquentFrom(lastContact)).isEqualTo(delinquent);
    }

    @ParameterizedTest
    @CsvSource({
            "2025-03-10, CURRENT",
            "2026-03-09, CURRENT",
            "2026-03-10, DUE",
            "2026-06-09, DUE",
            "2026-06-10, DELINQUENT",
            "2030-01-01, DELINQUENT"
    })
    void shouldChangeStatusOnTheBoundaryDay(LocalDate today, FollowUpStatus expected) {
        assertThat(FollowUpRules.statusOn(today, LAST_CONTACT, false, true)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "2025-02-27, CURRENT",
            "2025-02-28, DUE",
            "2025-05-28, DUE",
            "2025-05-29, DELINQUENT"
    })
    void shouldChangeStatusOnTheBoundaryDayAfterLeapDayContact(LocalDate today, FollowUpStatus expected) {
        assertThat(FollowUpRules.statusOn(today, LocalDate.of(2024, 2, 29), false, true)).isEqualTo(expected);
    }

    @Test
    void shouldCloseDeadOrIneligiblePatientsWhateverTheirLastContact() {
        LocalDate longAfter = LocalDate.of(2030, 1, 1);

        assertThat(FollowUpRules.statusOn(longAfter, LAST_CONTACT, true, true)).isEqualTo(FollowUpStatus.CLOSED);
        assertThat(FollowUpRules.statusOn(longAfter, LAST_CONTACT, false, false)).isEqualTo(FollowUpStatus.CLOSED);
        assertThat(FollowUpRules.statusOn(longAfter, null, true, false)).isEqualTo(FollowUpStatus.CLOSED);
    }

    @Test
    void shouldCountPatientNeverReachedAsDelinquent() {
        assertThat(FollowUpRules.statusOn(LAST_CONTACT, null, false, true)).isEqualTo(FollowUpStatus.DELINQUENT);
    }
}
