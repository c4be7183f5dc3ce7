package org.cancerregistry.intake.screening;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.cancerregistry.intake.screening.CancerTerms.Term;

/**
 * How far a negation or an ambiguous term reaches in its clause: over the diagnoses of its own phrase only.
 *
 * <p>A cue that denies or doubts ("negative for", "no", "without", "possible") qualifies the coordinated list
 * of findings right after it: "negative for atypia and carcinoma" denies both. The list ends at a comma or a
 * conjunction that follows a complete noun phrase which is not a finding ("no tissue and ..."), and at "with",
 * which adds what the phrase before it contains. "Benign" describes the one noun phrase it stands in, so any
 * comma or conjunction ends its reach: in "benign prostatic tissue and adenocarcinoma" the carcinoma is a new
 * phrase, affirmed.
 */
final class PhraseScope {

    private static final Pattern SEPARATOR = Pattern.compile(
            "[,&]|\\b(?:and/or|and|or|nor|plus|with)\\b", Pattern.CASE_INSENSITIVE);

    // Findings a cue can deny or doubt one after another; the diagnosis terms themselves are findings too.
    private static final Pattern FINDING = Pattern.compile(
            "atypi(?:a|as|cal)|dysplas(?:ia|tic)|neoplas(?:ia|ms?)|(?:hyper|meta)plas(?:ia|tic)|lesions?|tumou?rs?"
                    + "|mass(?:es)?|malignan(?:cy|cies|t)|cells?|invasion|involvement|metasta\\w*|disease|evidence",
            Pattern.CASE_INSENSITIVE);

    private static final int LONGEST_GAP = 20;

    private final int[] phraseEnds;
    private final int[] listEnds;
    private final int[] nextLetter;

    PhraseScope(String clause, List<Term> terms) {
        BitSet termEnds = new BitSet(clause.length() + 1);
        terms.forEach(term -> termEnds.set(term.span().end()));
        IntStream.Builder separators = IntStream.builder();
        IntStream.Builder listSeparators = IntStream.builder();
        Matcher separator = SEPARATOR.matcher(clause);
        while (separator.find()) {
            separators.add(separator.start());
            if (separator.group().equalsIgnoreCase("with") || !followsFinding(clause, separator.start(), termEnds)) {
                listSeparators.add(separator.start());
            }
        }
        this.phraseEnds = separators.build().toArray();
        this.listEnds = listSeparators.build().toArray();
        this.nextLetter = new int[clause.length() + 1];
        nextLetter[clause.length()] = clause.length();
        for (int index = clause.length() - 1; index >= 0; index--) {
            nextLetter[index] = Character.isLetter(clause.charAt(index)) ? index : nextLetter[index + 1];
        }
    }

    /** Whether {@code cue}, starting at or before {@code term}, qualifies it; "benign" is {@code descriptive}. */
    boolean reaches(Span cue, boolean descriptive, Span term) {
        if (cue.end() >= term.start()) {
            return true;
        }
        // A separator before the cue's first word ("not diagnostic of, adenocarcinoma") ends no phrase yet.
        int phraseStart = nextLetter[cue.end()];
        int[] ends = descriptive ? phraseEnds : listEnds;
        int index = Arrays.binarySearch(ends, phraseStart);
        int next = index >= 0 ? index : -index - 1;
        return next == ends.length || ends[next] >= term.start();
    }

    private static boolean followsFinding(String clause, int position, BitSet termEnds) {
        int end = skipGap(clause, position);
        if (end > 0 && clause.charAt(end - 1) == ',') {
            end = skipGap(clause, end - 1);
        }
        if (termEnds.get(end)) {
            return true;
        }
        int start = end;
        while (start > 0 && end - start < LONGEST_GAP && Character.isLetter(clause.charAt(start - 1))) {
            start--;
        }
        return start < end && FINDING.matcher(clause).region(start, end).matches();
    }

    private static int skipGap(String clause, int position) {
        int end = position;
        while (end > 0 && position - end < LONGEST_GAP && Character.isWhitespace(clause.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
