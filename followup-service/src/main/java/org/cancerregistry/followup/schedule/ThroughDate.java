package org.cancerregistry.followup.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.cancerregistry.followup.problem.InvalidParameterException;

/**
 * The "through" date of a due list: an ISO date, or today when absent. Parsed here rather than by the
 * framework, which answers 404 to a query parameter it cannot convert.
 */
public final class ThroughDate {

    private ThroughDate() {
    }

    public static LocalDate orToday(String parameter, String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(parameter, "'" + value + "' is not a date of the form YYYY-MM-DD");
        }
    }
}
