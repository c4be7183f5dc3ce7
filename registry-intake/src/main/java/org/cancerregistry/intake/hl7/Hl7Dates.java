package org.cancerregistry.intake.hl7;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HL7 v2.5.1 DTM values reduced to the date part NAACCR keeps: YYYY, YYYYMM or YYYYMMDD. */
final class Hl7Dates {

    private static final Pattern DTM = Pattern.compile(
            "(\\d{4})(\\d{2})?(\\d{2})?(?:(\\d{2})(\\d{2})?(\\d{2}(?:\\.\\d{1,4})?)?)?([+-]\\d{4})?");

    private Hl7Dates() {
    }

    /** The date part of a DTM value, or empty when the value is not a real date (20260230, 2026-03-01...). */
    static Optional<String> datePart(String value) {
        Matcher dtm = DTM.matcher(value.trim());
        if (!dtm.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(dtm.group(1));
            if (year < 1800) {
                return Optional.empty();
            }
            if (dtm.group(2) == null) {
                return Optional.of(dtm.group(1));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(dtm.group(2)));
            if (dtm.group(3) == null) {
                return Optional.of(dtm.group(1) + dtm.group(2));
            }
            LocalDate date = month.atDay(Integer.parseInt(dtm.group(3)));
            if (dtm.group(4) != null && (Integer.parseInt(dtm.group(4)) > 23
                    || (dtm.group(5) != null && Integer.parseInt(dtm.group(5)) > 59))) {
                return Optional.empty();
            }
            return Optional.of(date.toString().replace("-", ""));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
