package org.cancerregistry.followup.schedule;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * NAACCR dates (YYYYMMDD, YYYYMM or YYYY; blank when unknown) turned into the full date follow-up
 * and survival work with.
 */
public final class PartialDates {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private PartialDates() {
    }

    /**
     * The date assumed for a NAACCR date: an unknown day is taken as the 15th, an unknown month and
     * day as July 1 (SEER's convention for follow-up and survival: the middle of the unknown span).
     * Blank or invalid dates give nothing.
     */
    public static Optional<LocalDate> assumed(String naaccrDate) {
        if (naaccrDate == null) {
            return Optional.empty();
        }
        // Fixed-width records pad a partial date with blanks on the right: "202603  " is "202603".
        String date = naaccrDate.stripTrailing();
        if (!DIGITS.matcher(date).matches()) {
            return Optional.empty();
        }
        try {
            return switch (date.length()) {
                case 8 -> Optional.of(LocalDate.of(year(date), month(date), Integer.parseInt(date.substring(6, 8))));
                case 6 -> Optional.of(LocalDate.of(year(date), month(date), 15));
                case 4 -> Optional.of(LocalDate.of(year(date), 7, 1));
                default -> Optional.empty();
            };
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }

    private static int year(String date) {
        return Integer.parseInt(date.substring(0, 4));
    }

    private static int month(String date) {
        return Integer.parseInt(date.substring(4, 6));
    }
}
