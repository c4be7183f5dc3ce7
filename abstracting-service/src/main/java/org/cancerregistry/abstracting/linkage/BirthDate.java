package org.cancerregistry.abstracting.linkage;

/**
 * A NAACCR date of birth split into parts; 0 marks an unknown part. {@code 99} month or day and a blank
 * part both count as unknown, and a day is only kept when the month is known.
 */
record BirthDate(int year, int month, int day) {

    static final BirthDate UNKNOWN = new BirthDate(0, 0, 0);

    static BirthDate parse(String raw) {
        if (raw == null) {
            return UNKNOWN;
        }
        String value = raw.strip();
        int year = number(value, 0, 4);
        if (year < 1800) {
            return UNKNOWN;
        }
        int month = number(value, 4, 6);
        if (month < 1 || month > 12) {
            return new BirthDate(year, 0, 0);
        }
        int day = number(value, 6, 8);
        return new BirthDate(year, month, day >= 1 && day <= 31 ? day : 0);
    }

    /** The digits in {@code [from, to)}, or -1 when absent or not all digits. */
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
        return year != 0;
    }

    boolean isComplete() {
        return day != 0;
    }

    /** {@code YYYYMMDD}; only meaningful when complete. */
    String digits() {
        return String.valueOf(year * 10_000 + month * 100 + day);
    }
}
