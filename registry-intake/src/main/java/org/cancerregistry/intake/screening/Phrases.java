package org.cancerregistry.intake.screening;

import java.util.regex.Pattern;

/** Turns lists of registry phrases into case-insensitive, word-bounded patterns. */
final class Phrases {

    private Phrases() {
    }

    /*
     * Between a diagnosis and a qualifier written after it ("carcinoma is not identified") only punctuation and
     * linking words may stand; any other word means the qualifier is about something else.
     */
    private static final String LINKING_WORDS =
            "(?:[\\s:,()-]|\\b(?:is|are|was|were|be|been|entirely|completely|totally|definitely)\\b)*";

    static Pattern compile(String... phrases) {
        return wordBounded(alternatives(phrases));
    }

    /** Like {@link #compile}, for phrases that qualify the diagnosis just before them; match it at the term's end. */
    static Pattern compileFollowing(String... phrases) {
        return wordBounded(LINKING_WORDS + alternatives(phrases));
    }

    /**
     * Each phrase is a regular expression whose spaces match any run of whitespace or hyphens, so that
     * "high grade" also finds "high-grade" and phrases broken over a line. At one position the first phrase
     * that matches wins, so list longer phrases before their prefixes.
     */
    static String alternatives(String... phrases) {
        StringBuilder alternatives = new StringBuilder("(?:");
        for (String phrase : phrases) {
            if (alternatives.length() > 3) {
                alternatives.append('|');
            }
            alternatives.append(phrase.replace(" ", "[\\s-]+"));
        }
        return alternatives.append(')').toString();
    }

    static Pattern wordBounded(String regex) {
        return Pattern.compile("\\b" + regex + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
