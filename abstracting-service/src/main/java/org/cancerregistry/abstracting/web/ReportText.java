package org.cancerregistry.abstracting.web;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A pathology report's text as HTML: escaped, with the terms the screening matched marked. */
public final class ReportText {

    private ReportText() {
    }

    public static String highlighted(String text, List<String> matchedTerms) {
        String escaped = escape(text == null ? "" : text);
        List<String> terms = matchedTerms == null ? List.of() : matchedTerms.stream()
                .filter(term -> term != null && !term.isBlank())
                .map(term -> escape(term.trim()))
                .distinct()
                // The longest term first, so "in situ carcinoma" is marked whole rather than as "carcinoma".
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        if (terms.isEmpty()) {
            return escaped;
        }
        Pattern pattern = Pattern.compile(terms.stream().map(Pattern::quote).collect(Collectors.joining("|")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher matcher = pattern.matcher(escaped);
        StringBuilder marked = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(marked, Matcher.quoteReplacement("<mark>" + matcher.group() + "</mark>"));
        }
        matcher.appendTail(marked);
        return marked.toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
