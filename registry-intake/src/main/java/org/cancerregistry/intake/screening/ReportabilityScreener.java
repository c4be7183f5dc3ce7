package org.cancerregistry.intake.screening;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a pathology report is reportable to the cancer registry from its final-diagnosis text,
 * following the reportability rules of the SEER Program Coding and Staging Manual: its reportable list and
 * exclusions ({@link CancerTerms}, {@link SkinExclusion}) and its ambiguous terminology ({@link AmbiguousTerms}).
 * Stateless and thread-safe; linear in the length of the text.
 *
 * <p>Any affirmed reportable diagnosis (or a coded behavior of in situ or malignant) makes the report
 * reportable; otherwise a history-only mention needs a registrar's review; otherwise it is not reportable, and
 * the phrases that denied, doubted or excluded its diagnoses are the reason.
 */
public final class ReportabilityScreener {

    static final String NO_DIAGNOSIS_TEXT = "no diagnosis text";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public Screening screen(String diagnosisText) {
        return screen(diagnosisText, List.of());
    }

    public Screening screen(String diagnosisText, List<String> behaviorCodes) {
        Set<String> reportable = new LinkedHashSet<>(
                BehaviorCodes.reportableIn(behaviorCodes == null ? List.of() : behaviorCodes));
        if (diagnosisText == null || diagnosisText.isBlank()) {
            return reportable.isEmpty()
                    ? new Screening(Reportability.NEEDS_REVIEW, List.of(NO_DIAGNOSIS_TEXT))
                    : new Screening(Reportability.REPORTABLE, List.copyOf(reportable));
        }
        Set<String> needsReview = new LinkedHashSet<>();
        Set<String> notReportable = new LinkedHashSet<>();
        for (String sentence : Sentences.of(diagnosisText)) {
            Specimen specimen = Specimen.of(sentence);
            for (Span clauseSpan : Sentences.clausesOf(sentence)) {
                Clause clause = new Clause(
                        sentence.substring(clauseSpan.start(), clauseSpan.end()), clauseSpan.start(), specimen);
                for (Finding finding : clause.findings()) {
                    String phrase = phrase(clause, finding.span()) + finding.siteNote();
                    switch (finding.reportability()) {
                        case REPORTABLE -> reportable.add(phrase);
                        case NEEDS_REVIEW -> needsReview.add(phrase);
                        case NOT_REPORTABLE -> notReportable.add(phrase);
                    }
                }
            }
        }
        if (!reportable.isEmpty()) {
            return new Screening(Reportability.REPORTABLE, List.copyOf(reportable));
        }
        if (!needsReview.isEmpty()) {
            return new Screening(Reportability.NEEDS_REVIEW, List.copyOf(needsReview));
        }
        return new Screening(Reportability.NOT_REPORTABLE, List.copyOf(notReportable));
    }

    private static String phrase(Clause clause, Span span) {
        String text = clause.text().substring(span.start(), span.end()).strip();
        return WHITESPACE.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
