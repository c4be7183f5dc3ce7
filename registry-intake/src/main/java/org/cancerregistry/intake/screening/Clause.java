package org.cancerregistry.intake.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cancerregistry.intake.screening.CancerTerms.Kind;
import org.cancerregistry.intake.screening.CancerTerms.Term;

/**
 * Part of a sentence within which a negation or an ambiguous term qualifies the diagnoses of its phrase
 * ({@link PhraseScope}); a clause ends at the end of its sentence or at "but"/"however".
 */
final class Clause {

    static final String OUTSIDE_THE_CNS = " outside the central nervous system";

    private final String text;
    private final int offset;
    private final Specimen specimen;
    private final List<Term> terms;
    private final PhraseScope scope;
    private final List<Span> negations;
    private final List<Span> doubts;
    private final List<Span> supports;
    private final List<Span> histories;

    /** The clause {@code text}, found at {@code offset} of a sentence about {@code specimen}. */
    Clause(String text, int offset, Specimen specimen) {
        this.text = text;
        this.offset = offset;
        this.specimen = specimen;
        this.terms = CancerTerms.in(text);
        this.scope = new PhraseScope(text, terms);
        // "Borderline" in "serous borderline tumor" is part of a histology's name, not a qualifier.
        this.doubts = Span.notWithin(AmbiguousTerms.nonReportableCuesIn(text), terms.stream().map(Term::span).toList());
        // The "not" in "can not rule out" expresses doubt, not a negation.
        this.negations = Span.notOverlapping(Negation.cuesIn(text), doubts);
        this.supports = AmbiguousTerms.reportableCuesIn(text);
        this.histories = HistoryMentions.cuesIn(text);
    }

    String text() {
        return text;
    }

    List<Finding> findings() {
        Cues negation = new Cues(negations);
        Cues doubt = new Cues(doubts);
        Cues support = new Cues(supports);
        Cues history = new Cues(histories);
        List<Finding> findings = new ArrayList<>();
        for (Term term : terms) {
            int start = term.span().start();
            findings.add(judge(term, negation.lastFrom(start), doubt.lastFrom(start), history.lastFrom(start),
                    support.lastFrom(start)));
        }
        return merged(findings);
    }

    // Negation outranks exclusion, which outranks doubt, history and support: "no evidence of suspicious carcinoma".
    private Finding judge(Term term, Span negationCue, Span doubtCue, Span historyCue, Span supportCue) {
        Span span = term.span();
        Span negation = negationCue != null && denies(negationCue, term) ? negationCue : null;
        if (negation != null) {
            return new Finding(Reportability.NOT_REPORTABLE, negation.union(span));
        }
        int negationEnd = Negation.endOfNegationAfter(text, span.end());
        if (negationEnd >= 0) {
            return new Finding(Reportability.NOT_REPORTABLE, new Span(span.start(), negationEnd));
        }
        if (term.kind() == Kind.EXCLUDED || term.inSitu() && specimen.isCervix()) {
            return new Finding(Reportability.NOT_REPORTABLE, span);
        }
        if (SkinExclusion.excludes(term, text, offset, specimen)) {
            return new Finding(Reportability.NOT_REPORTABLE, span, SkinExclusion.SITE_NOTE);
        }
        if (term.kind() == Kind.CNS_SITE_TUMOR && !specimen.isCentralNervousSystem()) {
            return new Finding(Reportability.NOT_REPORTABLE, span, OUTSIDE_THE_CNS);
        }
        // The ambiguous terms that are not on SEER's reportable list leave the diagnosis unreported.
        if (qualifies(doubtCue, span)) {
            return new Finding(Reportability.NOT_REPORTABLE, doubtCue.union(span));
        }
        int doubtEnd = AmbiguousTerms.endOfNonReportableAfter(text, span.end());
        if (doubtEnd >= 0) {
            return new Finding(Reportability.NOT_REPORTABLE, new Span(span.start(), doubtEnd));
        }
        if (qualifies(historyCue, span)) {
            return new Finding(Reportability.NEEDS_REVIEW, historyCue.union(span));
        }
        return new Finding(Reportability.REPORTABLE, qualifies(supportCue, span) ? supportCue.union(span) : span);
    }

    /** "Benign" denies malignancy, but benign CNS tumors and GISTs are reportable. */
    private boolean denies(Span cue, Term term) {
        boolean benign = Negation.isBenign(text, cue);
        return scope.reaches(cue, benign, term.span()) && !(benign && term.kind().reportableWhateverItsBehavior());
    }

    private boolean qualifies(Span cue, Span term) {
        return cue != null && scope.reaches(cue, false, term);
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
                    && last.siteNote().equals(finding.siteNote()) && finding.span().start() < last.span().end()) {
                merged.set(lastIndex,
                        new Finding(last.reportability(), last.span().union(finding.span()), last.siteNote()));
            } else {
                merged.add(finding);
            }
        }
        return merged;
    }

    /**
     * The cues of one kind in text order, walked alongside the terms: the cue qualifying a term is the last one
     * starting at or before it ("potentially malignant" also qualifies the term inside it).
     */
    private static final class Cues {

        private final List<Span> cues;
        private int next;

        Cues(List<Span> cues) {
            this.cues = cues;
        }

        Span lastFrom(int position) {
            while (next < cues.size() && cues.get(next).start() <= position) {
                next++;
            }
            return next == 0 ? null : cues.get(next - 1);
        }
    }
}
