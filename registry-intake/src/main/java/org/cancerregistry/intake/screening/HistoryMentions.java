package org.cancerregistry.intake.screening;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "History of carcinoma": a past diagnosis, neither affirmed by this specimen nor denied. It stays with a
 * registrar, who must match it against what is already registered: a tumor is registered once, from its first
 * diagnosis, and one the registry never received (diagnosed elsewhere, or missed) is still reportable.
 */
final class HistoryMentions {

    private static final Pattern HISTORY = Phrases.compile(
            "(?:prior |past |known )?history of", "hx of", "h/o", "previously diagnosed", "previous",
            "prior(?! to)");

    private HistoryMentions() {
    }

    static List<Span> cuesIn(CharSequence clause) {
        return Span.all(HISTORY, clause);
    }
}
