package org.cancerregistry.abstracting.item;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A NAACCR date item value: {@code YYYYMMDD}, or a partial date {@code YYYYMM} or {@code YYYY} when the day or month is
 * unknown (NAACCR XML drops the trailing blanks).
 */
public record NaaccrDate(int year, OptionalInt month, OptionalInt day) implements Comparable<NaaccrDate> {

    private static final Pattern SHAPE = Pattern.compile("(18|19|20)\\d\\d(\\d\\d(\\d\\d)?)?");

    /** The parsed date, or empty when the value is blank or not a real calendar date. */
    public static Optional<NaaccrDate> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String trimmed = value.stripTrailing();
        if (!SHAPE.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(trimmed.substring(0, 4));
        OptionalInt month = trimmed.length() >= 6 ? OptionalInt.of(Integer.parseInt(trimmed.substring(4, 6))) : OptionalInt.empty();
        OptionalInt day = trimmed.length() == 8 ? OptionalInt.of(Integer.parseInt(trimmed.substring(6, 8))) : OptionalInt.empty();
        try {
            LocalDate.of(year, month.orElse(1), day.orElse(1));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.of(new NaaccrDate(year, month, day));
    }

    public boolean isComplete() {
        return day.isPresent();
    }

    /** The full date; only for complete dates. */
    public LocalDate toLocalDate() {
        if (!isComplete()) {
            throw new IllegalStateException("partial date has no calendar day");
        }
        return LocalDate.of(year, month.getAsInt(), day.getAsInt());
    }

    /**
     * Compares at the precision both dates share, so that 2026 and 20260315 compare equal: a partial date can only be
     * known to be before another when a known part differs.
     */
    @Override
    public int compareTo(NaaccrDate other) {
        int byYear = Integer.compare(year, other.year);
        if (byYear != 0 || month.isEmpty() || other.month.isEmpty()) {
            return byYear;
        }
        int byMonth = Integer.compare(month.getAsInt(), other.month.getAsInt());
        if (byMonth != 0 || day.isEmpty() || other.day.isEmpty()) {
            return byMonth;
        }
        return Integer.compare(day.getAsInt(), other.day.getAsInt());
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(String.format("%04d", year));
        month.ifPresent(m -> text.append(String.format("%02d", m)));
        day.ifPresent(d -> text.append(String.format("%02d", d)));
        return text.toString();
    }
}
