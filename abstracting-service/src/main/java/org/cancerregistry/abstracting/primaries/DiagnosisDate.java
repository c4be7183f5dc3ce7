package org.cancerregistry.abstracting.primaries;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A NAACCR date of diagnosis as the range of days it can mean: {@code 2019} is 2019-01-01 to 2019-12-31,
 * {@code 201903} is March 2019. Blank, malformed or impossible dates are unknown.
 */
record DiagnosisDate(String text, LocalDate earliest, LocalDate latest) {

    static DiagnosisDate parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        int year = number(text, 0, 4);
        if (year < 1900) {
            return new DiagnosisDate(text, null, null);
        }
        int month = number(text, 4, 6);
        try {
            if (month < 1 || month > 12) {
                return new DiagnosisDate(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            YearMonth yearMonth = YearMonth.of(year, month);
            int day = number(text, 6, 8);
            if (day < 1 || day > 31) {
                return new DiagnosisDate(text, yearMonth.atDay(1), yearMonth.atEndOfMonth());
            }
            LocalDate date = yearMonth.atDay(day);
            return new DiagnosisDate(text, date, date);
        } catch (DateTimeException e) {
            return new DiagnosisDate(text, null, null);
        }
    }

    private static int number(String value, int from, int to) {
        if (value.length() < to) {
            return -1;
        }
        int result = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            result = result * 10 + (c - '0');
        }
        return result;
    }

    boolean isKnown() {
        return earliest != null;
    }

    boolean isExact() {
        return earliest != null && earliest.equals(latest);
    }
}
