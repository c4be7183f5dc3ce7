package org.cancerregistry.followup.rates;

/**
 * A follow-up rate for one population of patients: (dead + current) / eligible analytic patients.
 *
 * @param excluded patients of the population's diagnosis years left out as not eligible
 * @param rate     numerator / denominator, 0 when there is no eligible patient
 * @param standard the Commission on Cancer standard, null for a single diagnosis year (none applies)
 * @param met      whether the rate reaches the standard, null for a single diagnosis year
 */
public record Rate(String population, int numerator, int denominator, int excluded, double rate, Double standard,
        Boolean met) {

    static Rate against(double standard, String population, Tally tally) {
        double rate = tally.rate();
        return new Rate(population, tally.numerator(), tally.denominator(), tally.excluded(), rate, standard,
                rate >= standard);
    }

    static Rate forDiagnosisYear(int year, Tally tally) {
        return new Rate("DIAGNOSIS_YEAR_" + year, tally.numerator(), tally.denominator(), tally.excluded(),
                tally.rate(), null, null);
    }
}
