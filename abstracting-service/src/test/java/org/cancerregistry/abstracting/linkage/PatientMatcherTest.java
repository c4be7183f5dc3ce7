package org.cancerregistry.abstracting.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PatientMatcherTest {

    private final PatientMatcher matcher = new PatientMatcher(LinkageThresholds.standard());

    static List<LabelledPair> labelledPairs() {
        return LabelledPair.load();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labelledPairs")
    void shouldDecideLabelledPair(LabelledPair pair) {
        LinkageScore score = matcher.compare(pair.incoming(), pair.candidate());

        assertThat(score.decision())
                .as("%s: weight %.2f, rule %s, fields %s", pair.caseName(), score.weight(), score.rule(), score.fields())
                .isEqualTo(pair.expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labelledPairs")
    void shouldDecideTheSameWhicheverRecordIsIncoming(LabelledPair pair) {
        LinkageScore forward = matcher.compare(pair.incoming(), pair.candidate());
        LinkageScore backward = matcher.compare(pair.candidate(), pair.incoming());

        assertThat(backward.decision()).isEqualTo(forward.decision());
        assertThat(backward.weight()).isEqualTo(forward.weight());
    }

    @Test
    void labelledSetCoversEveryDecision() {
        assertThat(labelledPairs()).hasSizeGreaterThanOrEqualTo(55)
                .extracting(LabelledPair::expected)
                .contains(LinkDecision.LINK, LinkDecision.REVIEW, LinkDecision.NEW_PATIENT);
    }

    @Test
    void shouldReportEachFieldInAStableOrder() {
        LinkageScore score = matcher.compare(
                person("Taylor", "Bill", "", "19480611", "M", "", "73301", ""),
                person("Taylor", "William", "", "19480611", "1", "", "73301", ""));

        assertThat(score.fields()).containsExactly(
                entry("lastName", FieldAgreement.AGREE),
                entry("firstName", FieldAgreement.PARTIAL),
                entry("middleName", FieldAgreement.MISSING),
                entry("dateOfBirth", FieldAgreement.AGREE),
                entry("sex", FieldAgreement.AGREE),
                entry("ssn", FieldAgreement.MISSING),
                entry("postalCode", FieldAgreement.AGREE));
        assertThat(score.rule()).isEqualTo("probabilistic");
        assertThat(score.decision()).isEqualTo(LinkDecision.LINK);
    }

    @Test
    void shouldShowTransposedDateAndSurnameTypoAsPartial() {
        LinkageScore score = matcher.compare(
                person("Jonhson", "Karen", "", "19610305", "2", "", "", ""),
                person("Johnson", "Karen", "", "19610503", "2", "", "", ""));

        assertThat(score.fields()).contains(
                entry("lastName", FieldAgreement.PARTIAL),
                entry("firstName", FieldAgreement.AGREE),
                entry("dateOfBirth", FieldAgreement.PARTIAL));
    }

    @Test
    void shouldShowSsnOneDigitOffAsPartialAndDifferentSsnAsDisagreement() {
        PersonRecord registered = person("Harris", "Paul", "", "19490720", "1", "412558903", "", "");

        Map<String, FieldAgreement> oneOff = matcher.compare(
                person("Harris", "Paul", "", "19490720", "1", "412558908", "", ""), registered).fields();
        Map<String, FieldAgreement> other = matcher.compare(
                person("Harris", "Paul", "", "19490720", "1", "287012345", "", ""), registered).fields();

        assertThat(oneOff).containsEntry("ssn", FieldAgreement.PARTIAL);
        assertThat(other).containsEntry("ssn", FieldAgreement.DISAGREE);
    }

    @Test
    void shouldCountAgreementWithThePreviousLastName() {
        LinkageScore score = matcher.compare(
                person("Williams", "Susan", "", "19700828", "F", "", "", "Brown"),
                person("Brown", "Susan", "", "19700828", "2", "", "", ""));

        assertThat(score.fields()).containsEntry("lastName", FieldAgreement.AGREE);
        assertThat(score.rule()).isEqualTo("deterministic: name+DOB+sex");
    }

    @Test
    void shouldNameTheRuleThatDecided() {
        PersonRecord registered = person("Smith", "John", "", "19500312", "1", "512346789", "", "");

        assertThat(matcher.compare(person("Smyth", "Jon", "", "19500312", "1", "512346789", "", ""), registered).rule())
                .isEqualTo("deterministic: SSN");
        assertThat(matcher.compare(person("Baker", "Ruth", "", "19361120", "2", "512346789", "", ""), registered).rule())
                .isEqualTo("deterministic: SSN with conflicting name or DOB");
        assertThat(matcher.compare(person("Smith", "Peter", "", "19500312", "1", "", "", ""), registered).rule())
                .isEqualTo("deterministic: twin pattern");
        assertThat(matcher.compare(person("Smith", "John", "", "19500312", "1", "298765432", "", ""), registered).rule())
                .isEqualTo("probabilistic, conflicting ssn");
    }

    @Test
    void shouldTreatMissingItemsAsNeutral() {
        LinkageScore score = matcher.compare(
                person("", "", "", "", "", "", "", ""),
                person("Smith", "John", "", "19500312", "1", "512346789", "43210", ""));

        assertThat(score.fields().values()).containsOnly(FieldAgreement.MISSING);
        assertThat(score.weight()).isZero();
        assertThat(score.decision()).isEqualTo(LinkDecision.NEW_PATIENT);
    }

    @Test
    void shouldRejectAnUpperThresholdBelowTheLowerOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LinkageThresholds(10.0, 12.0));
    }

    private static PersonRecord person(String last, String first, String middle, String dob, String sex, String ssn,
                                       String postal, String previousLast) {
        return new PersonRecord(last, first, middle, dob, sex, ssn, postal, previousLast);
    }
}
