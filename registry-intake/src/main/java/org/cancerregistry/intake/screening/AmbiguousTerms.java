package org.cancerregistry.intake.screening;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The NAACCR/SEER ambiguous terms. Diagnostic ones ("consistent with") make the diagnosis they qualify count;
 * non-diagnostic ones ("possible") leave it to a registrar. "Suspicious for, but not diagnostic of" is doubt,
 * not a negation: the pathologist withholds the diagnosis without denying it.
 */
final class AmbiguousTerms {

    private static final Pattern DIAGNOSTIC = Phrases.compile(
            "apparent(?:ly)?", "appears? to(?: be)?", "comparable (?:with|to)", "compatible with", "consistent with",
            "in favou?r of", "favou?r(?:s|ed)?(?: to be)?", "malignant appearing", "most likely", "presum(?:ed|ably)",
            "probabl[ey]", "suspect(?:s|ed)?(?: (?:for|of))?", "suspicious(?: (?:for|of))?", "typical(?: of)?");

    private static final Pattern NON_DIAGNOSTIC = Phrases.compile(
            "(?:cannot|can[\\s-]*not|can't) (?:be )?(?:entirely |completely |definitely )?(?:rule out|exclude|ruled out|excluded)",
            "rule out", "r/o", "equivocal(?: for)?", "possibl[ey]", "potentially malignant", "questionabl[ey]",
            "suggest(?:s|ing|ive of)?", "worrisome(?: for)?", "approaching", "borderline",
            "not (?:entirely |completely |definitively )?diagnostic (?:of|for)");

    private static final Pattern NON_DIAGNOSTIC_AFTER_TERM = Phrases.compileFollowing(
            "(?:cannot|can[\\s-]*not|can't|not) (?:be )?(?:entirely |completely |definitely )?(?:ruled out|excluded)");

    private AmbiguousTerms() {
    }

    static List<Span> diagnosticCuesIn(CharSequence clause) {
        return Span.all(DIAGNOSTIC, clause);
    }

    static List<Span> nonDiagnosticCuesIn(CharSequence clause) {
        return Span.all(NON_DIAGNOSTIC, clause);
    }

    /** The end of a non-diagnostic term that directly follows a term ending at {@code termEnd}, or -1. */
    static int endOfNonDiagnosticAfter(CharSequence clause, int termEnd) {
        return Span.endOfMatchAt(NON_DIAGNOSTIC_AFTER_TERM, clause, termEnd);
    }
}
