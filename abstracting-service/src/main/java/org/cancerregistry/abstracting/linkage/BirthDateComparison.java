package org.cancerregistry.abstracting.linkage;

/**
 * Date of birth compared as a whole when both are complete, by known parts when one is partial.
 */
final class BirthDateComparison {

    // Cancer patients' birth dates spread over roughly 15,000 plausible days, so two different patients
    // share one with probability ~1/15,000; abstracts of one person agree ~93% of the time.
    private static final double EXACT_M = 0.93;
    private static final double EXACT_U = 1.0 / 15_000;
    // A near miss (day/month transposed, one digit mistyped, two adjacent digits swapped) covers about
    // 50 valid neighbouring dates, hence u ~ 50/15,000; keying errors of this kind are ~4% of true matches.
    private static final double NEAR_MISS_M = 0.04;
    private static final double NEAR_MISS_U = 0.0033;
    static final Outcome AGREE = Outcome.of(FieldAgreement.AGREE, EXACT_M, EXACT_U);
    static final Outcome NEAR_MISS = Outcome.of(FieldAgreement.PARTIAL, NEAR_MISS_M, NEAR_MISS_U);
    static final Outcome DISAGREE = Outcome.of(FieldAgreement.DISAGREE,
            1 - EXACT_M - NEAR_MISS_M, 1 - EXACT_U - NEAR_MISS_U);

    // When only the year (or year and month) is known on one side, the known parts are weighed alone:
    // a year is shared by ~1 patient pair in 80, a month by 1 in 12.
    private static final double YEAR_WEIGHT = Outcome.of(FieldAgreement.PARTIAL, 0.97, 1.0 / 80).weight();
    private static final double MONTH_WEIGHT = Outcome.of(FieldAgreement.PARTIAL, 0.97, 1.0 / 12).weight();
    static final Outcome YEAR_AGREES = new Outcome(FieldAgreement.PARTIAL, YEAR_WEIGHT);
    static final Outcome YEAR_AND_MONTH_AGREE = new Outcome(FieldAgreement.PARTIAL, YEAR_WEIGHT + MONTH_WEIGHT);

    private BirthDateComparison() {
    }

    static Outcome compare(BirthDate a, BirthDate b) {
        if (!a.isKnown() || !b.isKnown()) {
            return Outcome.MISSING;
        }
        if (a.isComplete() && b.isComplete()) {
            if (a.equals(b)) {
                return AGREE;
            }
            return isNearMiss(a, b) ? NEAR_MISS : DISAGREE;
        }
        if (a.year() != b.year()) {
            return DISAGREE;
        }
        if (a.month() == 0 || b.month() == 0) {
            return YEAR_AGREES;
        }
        return a.month() == b.month() ? YEAR_AND_MONTH_AGREE : DISAGREE;
    }

    private static boolean isNearMiss(BirthDate a, BirthDate b) {
        if (a.year() == b.year() && a.month() == b.day() && a.day() == b.month()) {
            return true;
        }
        String x = a.digits();
        String y = b.digits();
        int first = -1;
        int differences = 0;
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i)) {
                if (++differences > 2) {
                    return false;
                }
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (differences == 1) {
            return true;
        }
        // Two differences: only a swap of neighbouring digits (1956 for 1965) counts.
        return x.charAt(first) == y.charAt(first + 1) && x.charAt(first + 1) == y.charAt(first);
    }
}
