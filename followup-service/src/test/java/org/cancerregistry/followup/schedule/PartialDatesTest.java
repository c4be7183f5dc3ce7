package org.cancerregistry.followup.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDatesTest {

    @ParameterizedTest
    @CsvSource({
            "20260314, 2026-03-14",
            "20240229, 2024-02-29",
            "202603,   2026-03-15",
            "202602,   2026-02-15",
            "2026,     2026-07-01",
            "'202603  ', 2026-03-15",
            "'2026    ', 2026-07-01"
    })
    void shouldAssumeMiddleOfUnknownSpan(String naaccrDate, LocalDate expected) {
        assertThat(PartialDates.assumed(naaccrDate)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "        ", "20250229", "20261301", "20260300", "202600", "2026031", "20263",
            "202", "2026-03-14", "2026  14", "ABCD", " 2026" })
    void shouldGiveNothingForBlankOrInvalidDates(String naaccrDate) {
        assertThat(PartialDates.assumed(naaccrDate)).isEmpty();
    }
}
