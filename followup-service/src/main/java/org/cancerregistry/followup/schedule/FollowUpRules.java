package org.cancerregistry.followup.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The annual follow-up schedule (Commission on Cancer practice): a living eligible patient is due
 * 12 months after the date of last contact and delinquent ("lost") after 15 months without contact.
 *
 * <p>Months are calendar months. When the last contact falls on a day the target month does not
 * have, the target is the last day of that month: a last contact on 2024-02-29 is due on 2025-02-28,
 * and one on 2025-01-31 is delinquent from 2026-04-30.
 */
public final class FollowUpRules {

    private static final int MONTHS_UNTIL_DUE = 12;
    private static final int MONTHS_UNTIL_DELINQUENT = 15;

    private FollowUpRules() {
    }

    public static LocalDate nextDue(LocalDate lastContact) {
        return lastContact.plusMonths(MONTHS_UNTIL_DUE);
    }

    public static LocalDate delinquentFrom(LocalDate lastContact) {
        return lastContact.plusMonths(MONTHS_UNTIL_DELINQUENT);
    }

    /**
     * Where a patient stands on a day. A living eligible patient with no date of last contact on
     * record has never been reached and counts as delinquent.
     */
    public static FollowUpStatus statusOn(LocalDate today, LocalDate lastContact, boolean dead, boolean eligible) {
        Objects.requireNonNull(today, "today");
        if (dead || !eligible) {
            return FollowUpStatus.CLOSED;
        }
        if (lastContact == null || !today.isBefore(delinquentFrom(lastContact))) {
            return FollowUpStatus.DELINQUENT;
        }
        if (!today.isBefore(nextDue(lastContact))) {
            return FollowUpStatus.DUE;
        }
        return FollowUpStatus.CURRENT;
    }
}
