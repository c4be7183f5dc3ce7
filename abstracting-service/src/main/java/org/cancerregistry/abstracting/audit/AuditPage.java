package org.cancerregistry.abstracting.audit;

import org.cancerregistry.abstracting.problem.InvalidParameterException;

/**
 * A page of an audit trail, from the page and size a client asked for as text: a number that is not one, or too large,
 * is a 400, never a 404 or an offset that wraps around.
 */
public record AuditPage(int page, int size) {

    public static final int MAX_PAGE = 100_000;
    public static final int MAX_SIZE = 500;

    public static AuditPage of(String page, String size, int defaultSize) {
        return new AuditPage(number("page", page, 0, 0, MAX_PAGE), number("size", size, defaultSize, 1, MAX_SIZE));
    }

    int firstRow() {
        return Math.toIntExact((long) page * size);
    }

    int lastRow() {
        return Math.toIntExact((long) page * size + size - 1);
    }

    private static int number(String name, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        String reason = "a whole number from " + min + " to " + max;
        if (!value.trim().matches("[0-9]{1,9}")) {
            throw new InvalidParameterException(name, reason);
        }
        int number = Integer.parseInt(value.trim());
        if (number < min || number > max) {
            throw new InvalidParameterException(name, reason);
        }
        return number;
    }
}
