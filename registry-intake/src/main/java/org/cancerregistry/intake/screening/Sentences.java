package org.cancerregistry.intake.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits diagnosis text into sentences, and sentences into the clauses that bound a negation's scope. */
final class Sentences {

    /*
     * Labs wrap long lines, and HL7 line breaks arrive as newlines. A line that ends mid-phrase
     * ("negative for", "Breast, left, biopsy:") continues on the next line rather than ending the sentence.
     */
    private static final Pattern WRAPPED_LINE = Pattern.compile(
            "(\\b(?:for|of|with|to|and|or|in|by|as|than|the|a|an|no|not)|[:,])[ \\t]*\\R\\s*",
            Pattern.CASE_INSENSITIVE);

    // A full stop between digits is a decimal point ("1.5 cm"), not a sentence end.
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\d)\\.(?!\\d)|[;\\r\\n]");

    private static final Pattern CLAUSE_BREAK = Pattern.compile("\\b(?:but|however)\\b", Pattern.CASE_INSENSITIVE);

    private Sentences() {
    }

    static List<String> of(String text) {
        return nonBlank(SENTENCE_END.split(WRAPPED_LINE.matcher(text).replaceAll("$1 ")));
    }

    /** The clauses of {@code sentence}, as stretches of it. */
    static List<Span> clausesOf(String sentence) {
        List<Span> clauses = new ArrayList<>();
        Matcher clauseBreak = CLAUSE_BREAK.matcher(sentence);
        int start = 0;
        while (clauseBreak.find()) {
            addUnlessBlank(clauses, sentence, start, clauseBreak.start());
            start = clauseBreak.end();
        }
        addUnlessBlank(clauses, sentence, start, sentence.length());
        return clauses;
    }

    private static void addUnlessBlank(List<Span> clauses, String sentence, int start, int end) {
        if (!sentence.substring(start, end).isBlank()) {
            clauses.add(new Span(start, end));
        }
    }

    private static List<String> nonBlank(String[] parts) {
        return Arrays.stream(parts).filter(part -> !part.isBlank()).toList();
    }
}
