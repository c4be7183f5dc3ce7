package org.cancerregistry.reporting.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QualityMeasureTest {

    @Test
    void shouldPassBelowOnlyUnderTheLimit() {
        Threshold below = Threshold.below(2, "test");

        assertThat(below.passes(1.99)).isTrue();
        assertThat(below.passes(2.0)).isFalse();
        assertThat(below.text("%")).isEqualTo("< 2%");
    }

    @Test
    void shouldPassAtMostAndAtLeastOnTheLimit() {
        assertThat(Threshold.atMost(1, "test").passes(1.0)).isTrue();
        assertThat(Threshold.atMost(1, "test").passes(1.01)).isFalse();
        assertThat(Threshold.atLeast(100, "test").passes(100.0)).isTrue();
        assertThat(Threshold.atLeast(100, "test").passes(99.99)).isFalse();
        assertThat(Threshold.atMost(1, "test").text("per 1,000")).isEqualTo("<= 1 per 1,000");
        assertThat(Threshold.atLeast(99.5, "test").text("%")).isEqualTo(">= 99.5%");
    }

    @Test
    void shouldJudgeTheUnroundedRate() {
        // 1 of 50,001 is 1.99996%: shown as 2.0, yet below 2%.
        QualityMeasure measure = QualityMeasure.of("missingAge", "", 1000, 50_001, QualityMeasure.PERCENT, Threshold.below(2, "test"));

        assertThat(measure.value()).isEqualTo(2.0);
        assertThat(measure.passes()).isTrue();
    }

    @Test
    void shouldRateDuplicatesPerThousand() {
        QualityMeasure measure = QualityMeasure.of("duplicates", "", 3, 2000, QualityMeasure.PER_THOUSAND, Threshold.atMost(1, "test"));

        assertThat(measure.value()).isEqualTo(1.5);
        assertThat(measure.passes()).isFalse();
        assertThat(measure.thresholdText()).isEqualTo("<= 1 per 1,000");
    }

    @Test
    void shouldGiveNoVerdictWithoutADenominator() {
        QualityMeasure measure = QualityMeasure.of("missingAge", "", 0, 0, QualityMeasure.PERCENT, Threshold.below(2, "test"));

        assertThat(measure.value()).isNull();
        assertThat(measure.passes()).isNull();
    }
}
