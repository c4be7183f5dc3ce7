package org.cancerregistry.intake.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cancerregistry.intake.screening.CancerTerms.Kind;
import org.cancerregistry.intake.screening.CancerTerms.Term;

/**
 * Part of a sentence within which a negation or an ambiguous term qualifies the diagnoses after it; a clause
 * ends at the end of its sentence or at "but"/"however".
 */
final class Clause {

    private final String text;
    private final boolean aboutTheCervix;
    private final List<Span> negations;
    private final List<Span> doubts;
    private final List<Span> supports;
    private final List<Span> histories;

    Clause(String text, boolean aboutTheCervix) {
        this.text = text;
        this.aboutTheCervix = aboutTheCervix;
        this.doubts = AmbiguousTerms.nonDiagnosticCuesIn(text);
        // The "not" in "can not rule out" expresses doubt, not a negation.
        this.negations = Negation.cuesIn(text).stream()
                .filter(negation -> doubts.stream().noneMatch(negation::overlaps))
                .toList();
        this.supports = AmbiguousTerms.diagnosticCuesIn(text);
        this.histories = HistoryMentions.cuesIn(text);
    }

    String text() {
        return text;
    }

    List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        for (Term term : CancerTerms.in(text)) {
            findings.add(judge(term));
        }
        return merged(findings);
    }

    // Negation outranks exclusion, which outranks doubt, history and support: "no evidence of suspicious carcinoma".
    private Finding judge(Term term) {
        Span span = term.span();
        Span negation = nearestCueBefore(span, term.kind() == Kind.CNS_TUMOR ? negationsOfCnsTumors() : negations);
        if (negation != null) {
            return new Finding(Reportability.NOT_REPORTABLE, negation.union(span));
        }
        int negationEnd = Negation.endOfNegationAfter(text, span.end());
        if (negationEnd >= 0) {
            return new Finding(Reportability.NOT_REPORTABLE, new Span(span.start(), negationEnd));
        }
        if (term.kind() == Kind.CERVICAL_PRECANCER || term.kind() == Kind.IN_SITU && aboutTheCervix) {
            return new Finding(Reportability.NOT_REPORTABLE, span);
        }
        Span doubt = nearestCueBefore(span, doubts);
        if (doubt != null) {
            return new Finding(Reportability.NEEDS_REVIEW, doubt.union(span));
        }
        int doubtEnd = AmbiguousTerms.endOfNonDiagnosticAfter(text, span.end());
        if (doubtEnd >= 0) {
            return new Finding(Reportability.NEEDS_REVIEW, new Span(span.start(), doubtEnd));
        }
        Span history = nearestCueBefore(span, histories);
        if (history != null) {
            return new Finding(Reportability.NEEDS_REVIEW, history.union(span));
        }
        if (term.kind() == Kind.LCIS) {
            return new Finding(Reportability.NEEDS_REVIEW, span);
        }
        Span support = nearestCueBefore(span, supports);
        return new Finding(Reportability.REPORTABLE, support == null ? span : support.union(span));
    }

    /** "Benign" denies malignancy, but benign CNS tumors are reportable. */
    private List<Span> negationsOfCnsTumors() {
        return negations.stream().filter(negation -> !Negation.isBenign(text, negation)).toList();
    }

    /** A cue qualifies the terms after it; "potentially malignant" also qualifies the term inside it. */
    private static Span nearestCueBefore(Span term, List<Span> cues) {
        Span nearest = null;
        for (Span cue : cues) {
            if (cue.start() <= term.start()) {
                nearest = cue;
            }
        }
        return nearest;
    }

    /** One cue qualifying several terms ("negative for atypia and carcinoma") is reported as one phrase. */
    private static List<Finding> merged(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(finding -> finding.span().start()));
        List<Finding> merged = new ArrayList<>();
        for (Finding finding : sorted) {
            int lastIndex = merged.size() - 1;
            Finding last = merged.isEmpty() ? null : merged.get(lastIndex);
            if (last != null && last.reportability() == finding.reportability()
                    && finding.span().start() < last.span().end()) {
                merged.set(lastIndex, new Finding(last.reportability(), last.span().union(finding.span())));
            } else {
                merged.add(finding);
            }
        }
        return merged;
    }
}
