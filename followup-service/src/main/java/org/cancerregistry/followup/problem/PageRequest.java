package org.cancerregistry.followup.problem;

import java.util.ArrayList;
import java.util.List;

import org.cancerregistry.followup.problem.Problem.InvalidParam;

import io.quarkus.panache.common.Page;

/**
 * The page a list was asked for, from its query parameters. Both must be whole numbers in range: a page
 * beyond {@link #MAX_PAGE} is refused, so that page times size (the offset) always fits.
 */
public record PageRequest(int page, int size) {

    static final int MAX_PAGE = 1_000_000;

    public static PageRequest of(String page, String size, int maxSize) {
        List<InvalidParam> invalid = new ArrayList<>();
        int number = parse("page", page, 0, MAX_PAGE, invalid);
        int length = parse("size", size, 1, maxSize, invalid);
        if (!invalid.isEmpty()) {
            throw new InvalidParameterException(invalid);
        }
        return new PageRequest(number, length);
    }

    public Page toPage() {
        return Page.of(page, size);
    }

    private static int parse(String name, String value, int min, int max, List<InvalidParam> invalid) {
        String reason = "must be a whole number from " + min + " to " + max;
        if (value == null || !value.matches("\\d{1,9}")) {
            invalid.add(new InvalidParam(name, reason));
            return min;
        }
        int number = Integer.parseInt(value);
        if (number < min || number > max) {
            invalid.add(new InvalidParam(name, reason));
        }
        return number;
    }
}
