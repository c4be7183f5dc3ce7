package org.cancerregistry.intake.screening;

import java.util.List;
import java.util.regex.Pattern;

/** "History of carcinoma": a past diagnosis, which a registrar must match against what is already registered. */
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
