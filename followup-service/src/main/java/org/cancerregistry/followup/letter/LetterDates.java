package org.cancerregistry.followup.letter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as US readers write them in a letter: "March 10, 2026". */
final class LetterDates {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

    private LetterDates() {
    }

    static String format(LocalDate date) {
        return LONG_DATE.format(date);
    }
}
