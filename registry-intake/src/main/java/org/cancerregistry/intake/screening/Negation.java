package org.cancerregistry.intake.screening;

import java.util.List;
import java.util.regex.Pattern;

/** Words that deny the diagnosis after them ("negative for carcinoma") or just before them ("carcinoma not seen"). */
final class Negation {

    private static final Pattern BEFORE_TERM = Phrases.compile(
            "negative for", "neg for", "no evidence of", "no residual", "free of", "without", "absence of",
            "absent", "benign", "no(?! special type)", "not(?! otherwise specified)");

    private static final Pattern AFTER_TERM = Phrases.compileFollowing(
            "not (?:identified|seen|present|detected|found)", "absent");

    private Negation() {
    }

    static List<Span> cuesIn(CharSequence clause) {
        return Span.all(BEFORE_TERM, clause);
    }

    /** The end of a negation that directly follows a term ending at {@code termEnd}, or -1. */
    static int endOfNegationAfter(CharSequence clause, int termEnd) {
        return Span.endOfMatchAt(AFTER_TERM, clause, termEnd);
    }

    /** "Benign", which describes the noun phrase it stands in rather than denying a list of findings. */
    static boolean isBenign(CharSequence clause, Span cue) {
        return clause.subSequence(cue.start(), cue.end()).toString().equalsIgnoreCase("benign");
    }
}
