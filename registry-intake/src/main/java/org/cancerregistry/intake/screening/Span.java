package org.cancerregistry.intake.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A stretch of a clause, by character offsets (end exclusive). */
record Span(int start, int end) {

    static List<Span> all(Pattern pattern, CharSequence text) {
        List<Span> spans = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            spans.add(new Span(matcher.start(), matcher.end()));
        }
        return spans;
    }

    /** The end of a match of {@code pattern} that starts exactly at {@code from}, or -1. */
    static int endOfMatchAt(Pattern pattern, CharSequence text, int from) {
        Matcher matcher = pattern.matcher(text).region(from, text.length()).useTransparentBounds(true);
        return matcher.lookingAt() ? matcher.end() : -1;
    }

    /** The smallest span covering both this and {@code other}. */
    Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
