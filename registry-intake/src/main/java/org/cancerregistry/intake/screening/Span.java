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

    /** The spans that overlap none of {@code others}; both lists in text order, without overlaps of their own. */
    static List<Span> notOverlapping(List<Span> spans, List<Span> others) {
        List<Span> kept = new ArrayList<>();
        int next = 0;
        for (Span span : spans) {
            next = firstEndingAfter(others, span.start, next);
            if (next == others.size() || !others.get(next).overlaps(span)) {
                kept.add(span);
            }
        }
        return kept;
    }

    /** The spans that lie inside none of {@code containers}; both lists in text order, without overlaps of their own. */
    static List<Span> notWithin(List<Span> spans, List<Span> containers) {
        List<Span> kept = new ArrayList<>();
        int next = 0;
        for (Span span : spans) {
            next = firstEndingAfter(containers, span.start, next);
            if (next == containers.size() || !containers.get(next).contains(span)) {
                kept.add(span);
            }
        }
        return kept;
    }

    /** The smallest span covering both this and {@code other}. */
    Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    private boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    // The only one of a list in text order that can overlap or contain a span starting at position.
    private static int firstEndingAfter(List<Span> spans, int position, int from) {
        int index = from;
        while (index < spans.size() && spans.get(index).end <= position) {
            index++;
        }
        return index;
    }
}
