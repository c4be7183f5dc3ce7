package org.cancerregistry.followup.rates;

import java.time.LocalDate;

import org.cancerregistry.followup.schedule.FollowUpRules;

/** Counts behind a follow-up rate; tallies of separate diagnosis years add up. */
record Tally(int numerator, int denominator, int excluded) {

    static final Tally NONE = new Tally(0, 0, 0);

    /** A patient is current on {@code asOf} when the follow-up schedule does not yet count them delinquent. */
    static Tally of(PatientFollowUp patient, LocalDate asOf) {
        if (!patient.eligible()) {
            return new Tally(0, 0, 1);
        }
        boolean current = patient.lastContact() != null
                && asOf.isBefore(FollowUpRules.delinquentFrom(patient.lastContact()));
        return new Tally(patient.dead() || current ? 1 : 0, 1, 0);
    }

    Tally plus(Tally other) {
        return new Tally(numerator + other.numerator, denominator + other.denominator, excluded + other.excluded);
    }

    double rate() {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
