package org.cancerregistry.intake.api;

import java.util.ArrayList;
import java.util.List;

import org.cancerregistry.intake.problem.InvalidParameterException;
import org.cancerregistry.intake.problem.Problem.InvalidParam;

import io.quarkus.panache.common.Page;

/**
 * The page of a list a client asks for, read from the query's text so that {@code page=abc} is a 400 naming the
 * parameter (not a 404), and bounded so that the offset (page times size) cannot overflow or scan without end.
 */
record PageRequest(int page, int size) {

    static final int MAX_SIZE = 500;
    static final long MAX_OFFSET = 10_000_000;

    static PageRequest of(String page, String size) {
        List<InvalidParam> invalid = new ArrayList<>();
        long number = number("page", page, 0, MAX_OFFSET, invalid);
        long count = number("size", size, 1, MAX_SIZE, invalid);
        if (invalid.isEmpty() && number * count > MAX_OFFSET) {
            invalid.add(new InvalidParam("page", "page times size may be at most " + MAX_OFFSET));
        }
        if (!invalid.isEmpty()) {
            throw new InvalidParameterException(invalid);
        }
        return new PageRequest((int) number, (int) count);
    }

    Page panache() {
        return Page.of(page, size);
    }

    private static long number(String name, String value, long min, long max, List<InvalidParam> invalid) {
        try {
            long number = Long.parseLong(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        invalid.add(new InvalidParam(name, "must be a whole number from " + min + " to " + max));
        return min;
    }
}
