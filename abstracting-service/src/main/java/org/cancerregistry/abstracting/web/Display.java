package org.cancerregistry.abstracting.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How values read on the pages. */
final class Display {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private Display() {
    }

    static String instant(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    /** NEW_PATIENT reads "New patient". */
    static String words(String constant) {
        String words = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A NAACCR date (YYYYMMDD, YYYYMM or YYYY) as an ISO-like date for reading. */
    static String naaccrDate(String date) {
        if (date == null || date.length() != 8) {
            return date == null ? "" : date;
        }
        return date.substring(0, 4) + "-" + date.substring(4, 6) + "-" + date.substring(6);
    }
}
