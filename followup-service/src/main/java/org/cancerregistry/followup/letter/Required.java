package org.cancerregistry.followup.letter;

import java.util.List;

/**
 * Checks on letter input. Messages name the field only: the values are protected health information and
 * exception messages end up in logs.
 */
final class Required {

    private Required() {
    }

    static <T> T value(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static String text(String field, String value) {
        if (value(field, value).isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    static List<String> lines(String field, List<String> lines) {
        if (value(field, lines).isEmpty()) {
            throw new IllegalArgumentException(field + " must have at least one line");
        }
        if (lines.stream().anyMatch(line -> line == null || line.isBlank())) {
            throw new IllegalArgumentException(field + " must not contain empty lines");
        }
        return List.copyOf(lines);
    }
}
