package org.cancerregistry.abstracting.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BlockingKeysTest {

    private static final PatientMatcher MATCHER = new PatientMatcher(LinkageThresholds.standard());

    /**
     * Labelled pairs a registrar would link or review whose differences are errors the keys are built to
     * survive: every pair except those whose dates of birth disagree outright without an agreeing SSN
     * (father and son with one address, say), which blocking deliberately keeps apart.
     */
    static List<LabelledPair> pairsBlockingMustBring() {
        return LabelledPair.load().stream()
                .filter(pair -> pair.expected() != LinkDecision.NEW_PATIENT)
                .filter(pair -> {
                    var fields = MATCHER.compare(pair.incoming(), pair.candidate()).fields();
                    return fields.get("dateOfBirth") != FieldAgreement.DISAGREE || fields.get("ssn") == FieldAgreement.AGREE;
                })
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairsBlockingMustBring")
    void shouldShareAKeyForPairsToLinkOrReview(LabelledPair pair) {
        assertThat(BlockingKeys.of(pair.incoming())).containsAnyElementsOf(BlockingKeys.of(pair.candidate()));
    }

    @Test
    void shouldKeepMostLabelledLinkAndReviewPairsInScope() {
        long linkOrReview = LabelledPair.load().stream().filter(p -> p.expected() != LinkDecision.NEW_PATIENT).count();

        assertThat(pairsBlockingMustBring()).hasSizeGreaterThanOrEqualTo((int) linkOrReview - 1);
    }

    @Test
    void shouldBuildEachKindOfKey() {
        Set<String> keys = BlockingKeys.of(
                new PersonRecord("Garcia-Lopez", "Ana", "", "19800102", "2", "512-34-6789", "", "Smith"));

        assertThat(keys).containsExactlyInAnyOrder(
                "SSN:512346789",
                "DOB:19800102",
                "DOB:19800201",
                "NYSIIS:AN|19800102",
                "NAME:GARCAL|AN|0102",
                "NYSIIS:GARCAL|1980",
                "NYSIIS:GARC|1980",
                "NYSIIS:LAP|1980",
                "NYSIIS:SNAT|1980");
    }

    @Test
    void shouldMeetOnTransposedDateEvenAfterANameChange() {
        assertThat(shared(
                new PersonRecord("Peterson", "Laura", "", "19730405", "2", "", "", ""),
                new PersonRecord("Hughes", "Laura", "", "19730504", "2", "", "", "")))
                .containsExactlyInAnyOrder("DOB:19730405", "DOB:19730504");
    }

    @Test
    void shouldMeetOnNamesAndBirthdayWhenTheBirthYearIsMistyped() {
        assertThat(shared(
                new PersonRecord("Wilson", "Thomas", "", "19580721", "1", "", "", ""),
                new PersonRecord("Wilson", "Thomas", "", "19850721", "1", "", "", "")))
                .containsExactly("NAME:WALSAN|TAN|0721");
    }

    @Test
    void shouldMeetOnFirstNameAndDateWhenTheSurnameIsMisspelledBeyondPhonetics() {
        assertThat(shared(
                new PersonRecord("Wiśniewski", "Bożena", "", "19480514", "2", "", "", ""),
                new PersonRecord("Vishnevsky", "Bozena", "", "19480514", "2", "", "", "")))
                .contains("DOB:19480514", "NYSIIS:BASAN|19480514");
    }

    @Test
    void shouldMeetOnPreviousLastName() {
        assertThat(shared(
                new PersonRecord("Williams", "Susan", "", "19700828", "2", "", "", "Brown"),
                new PersonRecord("Brown", "Sue", "", "19701028", "2", "", "", "")))
                .containsExactly("NYSIIS:BRAN|1970");
    }

    @Test
    void shouldLeaveOutPlaceholdersAndUnknownParts() {
        assertThat(BlockingKeys.of(new PersonRecord("Smith", "John", "", "1950", "1", "999999999", "", "")))
                .containsExactly("NYSIIS:SNAT|1950");
        assertThat(BlockingKeys.of(new PersonRecord("", "", "", "", "", "", "", ""))).isEmpty();
    }

    private static Set<String> shared(PersonRecord a, PersonRecord b) {
        Set<String> keys = new HashSet<>(BlockingKeys.of(a));
        keys.retainAll(BlockingKeys.of(b));
        return keys;
    }
}
