package org.cancerregistry.abstracting.primaries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MultiplePrimaryRulesTest {

    private final MultiplePrimaryRules rules = new MultiplePrimaryRules();

    static List<LabelledTumorPair> labelledPairs() {
        return LabelledTumorPair.load();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labelledPairs")
    void shouldDecideLabelledPair(LabelledTumorPair pair) {
        PrimaryComparison comparison = rules.compare(pair.existing(), pair.incoming());

        assertThat(comparison.decision()).as("%s: %s", pair.caseName(), comparison).isEqualTo(pair.expected());
        assertThat(comparison.rule()).as("%s: %s", pair.caseName(), comparison.reason()).isEqualTo(pair.rule());
        assertThat(comparison.reason()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labelledPairs")
    void shouldDecideTheSameWhicheverTumorCameFirst(LabelledTumorPair pair) {
        PrimaryComparison forward = rules.compare(pair.existing(), pair.incoming());
        PrimaryComparison backward = rules.compare(pair.incoming(), pair.existing());

        assertThat(backward.decision()).isEqualTo(forward.decision());
        assertThat(backward.rule()).isEqualTo(forward.rule());
    }

    @Test
    void shouldCoverEveryRuleAtLeastTwice() {
        List<String> ruleIds = List.of(
                MultiplePrimaryRules.UNKNOWN_SITE_OR_HISTOLOGY, MultiplePrimaryRules.HEMATOPOIETIC,
                MultiplePrimaryRules.DIFFERENT_SITE, MultiplePrimaryRules.DIFFERENT_SIDES,
                MultiplePrimaryRules.SIDE_UNKNOWN, MultiplePrimaryRules.IN_SITU_THEN_INVASIVE,
                MultiplePrimaryRules.DIFFERENT_HISTOLOGY, MultiplePrimaryRules.MORE_THAN_A_YEAR_APART,
                MultiplePrimaryRules.WITHIN_A_YEAR, MultiplePrimaryRules.TIMING_UNKNOWN);

        Map<String, Long> perRule = labelledPairs().stream()
                .collect(Collectors.groupingBy(LabelledTumorPair::rule, Collectors.counting()));

        assertThat(labelledPairs()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(perRule.keySet()).containsExactlyInAnyOrderElementsOf(ruleIds);
        assertThat(perRule.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(2));
    }

    @Test
    void shouldSayWhenAPartialDateDecidedTheTiming() {
        PrimaryComparison comparison = rules.compare(
                new TumorFacts("C619", "0", "8140", "3", "2015"),
                new TumorFacts("C619", "0", "8140", "3", "20170601"));

        assertThat(comparison.reason()).contains("at least 518 days", "partial dates 2015 and 20170601");
    }

    @Test
    void shouldReadUnknownPartsAsPartialAndImpossibleDatesAsUnknown() {
        Function<String, PrimaryComparison> againstJune = date -> rules.compare(
                new TumorFacts("C180", "0", "8140", "3", date),
                new TumorFacts("C180", "0", "8140", "3", "20200601"));

        assertThat(againstJune.apply("20209999").decision()).isEqualTo(PrimaryDecision.SINGLE);
        assertThat(againstJune.apply("2020    ").decision()).isEqualTo(PrimaryDecision.SINGLE);
        assertThat(againstJune.apply("20200231").rule()).isEqualTo(MultiplePrimaryRules.TIMING_UNKNOWN);
    }

    @Test
    void shouldAcceptSiteCodesWrittenWithAPeriod() {
        PrimaryComparison comparison = rules.compare(
                new TumorFacts("C50.4", "1", "8500", "3", "20240110"),
                new TumorFacts("C504", "2", "8500", "3", "20240110"));

        assertThat(comparison.rule()).isEqualTo(MultiplePrimaryRules.DIFFERENT_SIDES);
    }
}
