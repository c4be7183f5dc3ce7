package org.cancerregistry.intake.screening;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The ambiguous terms of the SEER Program Coding and Staging Manual ("Ambiguous Terminology", the one list that
 * CoC, NPCR, SEER and CCCR share). A term on the reportable list ("consistent with") makes the diagnosis it
 * qualifies count. The list is closed -- use only the exact words on it, do not substitute synonyms -- so any
 * other doubt leaves the diagnosis unreported: SEER names "cannot be ruled out", "equivocal", "possible",
 * "potentially malignant", "questionable", "rule out", "suggests" and "worrisome" as terms that are not
 * diagnostic of cancer.
 */
final class AmbiguousTerms {

    private static final Pattern REPORTABLE = Phrases.compile(
            "apparent(?:ly)?", "appears? to(?: be)?", "comparable (?:with|to)", "compatible with", "consistent with",
            "in favou?r of", "favou?r(?:s|ed)?(?: to be)?", "malignant appearing", "most likely", "presum(?:ed|ably)",
            "probabl[ey]", "suspect(?:s|ed)?(?: (?:for|of))?", "suspicious(?: (?:for|of))?", "typical(?: of)?");

    private static final Pattern NOT_REPORTABLE = Phrases.compile(
            "(?:cannot|can[\\s-]*not|can't) (?:be )?(?:entirely |completely |definitely )?(?:rule out|exclude|ruled out|excluded)",
            "rule out", "r/o", "equivocal(?: for)?", "possibl[ey]", "potentially malignant", "questionabl[ey]",
            "suggest(?:s|ing|ive of)?", "worrisome(?: for)?",
            // Not on the reportable list either; registries that spell out more non-reportable terms list
            // "approaching", "borderline" and "very close to" (Minnesota), and "approaching in situ" is not in situ.
            "approaching", "borderline", "very close to",
            // "Not diagnostic of" overrules "highly suspicious" (SEER Inquiry 20091103): do not report.
            "not (?:entirely |completely |definitively )?diagnostic (?:of|for)");

    private static final Pattern NOT_REPORTABLE_AFTER_TERM = Phrases.compileFollowing(
            "(?:cannot|can[\\s-]*not|can't|not) (?:be )?(?:entirely |completely |definitely )?(?:ruled out|excluded)");

    private AmbiguousTerms() {
    }

    static List<Span> reportableCuesIn(CharSequence clause) {
        return Span.all(REPORTABLE, clause);
    }

    static List<Span> nonReportableCuesIn(CharSequence clause) {
        return Span.all(NOT_REPORTABLE, clause);
    }

    /** The end of a non-reportable term that directly follows a term ending at {@code termEnd}, or -1. */
    static int endOfNonReportableAfter(CharSequence clause, int termEnd) {
        return Span.endOfMatchAt(NOT_REPORTABLE_AFTER_TERM, clause, termEnd);
    }
}
