package org.cancerregistry.intake.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportabilityScreenerTest {

    private static final String FIXTURES = "/screening/diagnosis-texts.tsv";
    private static final String NO_EXPECTED_TERM = "-";
    private static final String RULE = "## rule: ";

    private final ReportabilityScreener screener = new ReportabilityScreener();

    @ParameterizedTest(name = "{0} ({1}): {2}")
    @MethodSource("labelledDiagnosisTexts")
    void shouldScreenLabelledDiagnosisText(Reportability expected, String expectedTerm, String diagnosisText) {
        Screening screening = screener.screen(diagnosisText);

        assertThat(screening.reportability()).as("reportability, matched %s", screening.matchedTerms())
                .isEqualTo(expected);
        if (!expectedTerm.equals(NO_EXPECTED_TERM)) {
            assertThat(screening.matchedTerms()).anySatisfy(term -> assertThat(term).contains(expectedTerm));
        }
    }

    @Test
    void shouldReportMalignantBehaviorCodeEvenWhenTextIsNegative() {
        Screening screening = screener.screen("Lymph node: negative for malignancy.", List.of("3"));

        assertThat(screening.reportability()).isEqualTo(Reportability.REPORTABLE);
        assertThat(screening.matchedTerms()).containsExactly("behavior code 3");
    }

    @Test
    void shouldReportInSituBehaviorCodeWrittenAfterHistology() {
        Screening screening = screener.screen("See synoptic report.", List.of("8500/2"));

        assertThat(screening).isEqualTo(new Screening(Reportability.REPORTABLE, List.of("behavior code 2")));
    }

    @Test
    void shouldReportCodedBehaviorWhenDiagnosisTextIsMissing() {
        assertThat(screener.screen("", List.of("0", "3")))
                .isEqualTo(new Screening(Reportability.REPORTABLE, List.of("behavior code 3")));
    }

    @Test
    void shouldNotReportBenignOrUncertainBehaviorCodesAlone() {
        assertThat(screener.screen("Colon, polypectomy: tubular adenoma.", List.of("0", "1")).reportability())
                .isEqualTo(Reportability.NOT_REPORTABLE);
    }

    @Test
    void shouldReportBenignCnsTumorDespiteBenignBehaviorCode() {
        assertThat(screener.screen("Brain, resection: Meningioma, WHO grade 1.", List.of("0")).reportability())
                .isEqualTo(Reportability.REPORTABLE);
    }

    @Test
    void shouldListBehaviorCodeAndAffirmedTermsAsReason() {
        Screening screening = screener.screen(
                "Colon: no residual tumor. Lymph nodes: metastatic adenocarcinoma in 2 of 15.", List.of("3"));

        assertThat(screening.matchedTerms()).containsExactly("behavior code 3", "metastatic adenocarcinoma");
    }

    @Test
    void shouldGiveTheQualifyingAmbiguousTermWithTheDiagnosisItQualifies() {
        assertThat(screener.screen("Thyroid, FNA: Suspicious for papillary carcinoma.").matchedTerms())
                .containsExactly("suspicious for papillary carcinoma");
    }

    @Test
    void shouldGiveTheNegationAsReasonWhenNotReportable() {
        assertThat(screener.screen("Colon, biopsies: no evidence of dysplasia or carcinoma.").matchedTerms())
                .containsExactly("no evidence of dysplasia or carcinoma");
    }

    @Test
    void shouldNotLetDoubtOutweighAnAffirmedDiagnosisElsewhereInTheReport() {
        Screening screening = screener.screen("Right breast: possible carcinoma. Left breast: invasive ductal carcinoma.");

        assertThat(screening.reportability()).isEqualTo(Reportability.REPORTABLE);
        assertThat(screening.matchedTerms()).containsExactly("carcinoma");
    }

    @Test
    void shouldAcceptNullBehaviorCodes() {
        assertThat(screener.screen("Adenocarcinoma.", null).reportability()).isEqualTo(Reportability.REPORTABLE);
    }

    @Test
    void shouldHaveAReportableAndANotReportableTextForEveryRule() throws IOException {
        Map<String, Set<String>> outcomesByRule = new LinkedHashMap<>();
        String rule = null;
        for (String line : fixtureLines()) {
            if (line.startsWith(RULE)) {
                rule = line.substring(RULE.length());
                outcomesByRule.put(rule, new HashSet<>());
            } else if (!line.isBlank() && !line.startsWith("#")) {
                assertThat(rule).as("rule of %s", line).isNotNull();
                outcomesByRule.get(rule).add(line.substring(0, line.indexOf('\t')));
            }
        }

        assertThat(outcomesByRule).isNotEmpty().allSatisfy((name, outcomes) -> assertThat(outcomes).as(name)
                .contains(Reportability.REPORTABLE.name(), Reportability.NOT_REPORTABLE.name()));
    }

    @Test
    void shouldScreenHundredsOfKilobytesInLinearTime() {
        String sentence = "Skin, left cheek, shave: Basal cell carcinoma and benign adnexal tissue, negative for atypia"
                + " and carcinoma, possible lymphoma; ";
        String sentences = sentence.repeat(200_000 / sentence.length());
        String oneClause = "no carcinoma and atypia, with suspicious for , , lymphoma or melanoma ".repeat(3_000);

        Screening screening = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> screener.screen(sentences));
        Screening oneLongClause = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> screener.screen(oneClause));

        assertThat(screening.reportability()).isEqualTo(Reportability.NOT_REPORTABLE);
        assertThat(oneLongClause.reportability()).isEqualTo(Reportability.REPORTABLE);
    }

    static Stream<Arguments> labelledDiagnosisTexts() throws IOException {
        return fixtureLines().stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(ReportabilityScreenerTest::fixture);
    }

    private static List<String> fixtureLines() throws IOException {
        try (InputStream in = Objects.requireNonNull(ReportabilityScreenerTest.class.getResourceAsStream(FIXTURES));
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }

    private static Arguments fixture(String line) {
        String[] columns = line.split("\t", 3);
        String text = columns.length > 2 ? unescape(columns[2]) : "";
        return Arguments.of(Reportability.valueOf(columns[0]), unescape(columns[1]), text);
    }

    private static String unescape(String column) {
        return column.replace("\\n", "\n").replace("\\\\", "\\");
    }
}
