package org.cancerregistry.abstracting.primaries;

import java.time.temporal.ChronoUnit;

/**
 * The signed number of days from one diagnosis date to another, as the range the partial parts allow:
 * {@code min} reads unknown parts at their closest, {@code max} at their farthest.
 */
record DaysBetween(long min, long max) {

    /** Only for known dates. */
    static DaysBetween of(DiagnosisDate from, DiagnosisDate to) {
        return new DaysBetween(ChronoUnit.DAYS.between(from.latest(), to.earliest()),
                ChronoUnit.DAYS.between(from.earliest(), to.latest()));
    }

    /** The fewest days apart, in either direction. */
    long closest() {
        if (min <= 0 && max >= 0) {
            return 0;
        }
        return Math.min(Math.abs(min), Math.abs(max));
    }

    /** The most days apart, in either direction. */
    long farthest() {
        return Math.max(Math.abs(min), Math.abs(max));
    }
}
