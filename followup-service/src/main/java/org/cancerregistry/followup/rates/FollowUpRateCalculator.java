package org.cancerregistry.followup.rates;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.reducing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.cancerregistry.followup.schedule.FollowUpRules;

/**
 * Commission on Cancer follow-up rates: (dead + current) / eligible analytic patients, where a
 * patient is current when last contacted within the 15 months before the day of the rate, by the same
 * calendar-month rule as the follow-up schedule ({@link FollowUpRules#delinquentFrom}).
 *
 * <p>Only patients diagnosed from the reference year through the year of the rate count: cases
 * before the reference date are outside the registry's accountable caseload.
 * <ul>
 * <li>ALL_SINCE_REFERENCE: every counted diagnosis year, standard 80%.
 * <li>LAST_FIVE_YEARS: the five complete diagnosis years before the year of the rate (as of
 * 2026-11-23: 2021 through 2025), standard 90%. The year of the rate is left out because its
 * caseload is still being abstracted and none of its patients can yet have missed a yearly
 * contact. Years before the reference year are left out as above.
 * <li>DIAGNOSIS_YEAR_yyyy: one row per counted diagnosis year, with no standard.
 * </ul>
 */
public final class FollowUpRateCalculator {

    private static final double ALL_SINCE_REFERENCE_STANDARD = 0.80;
    private static final double LAST_FIVE_YEARS_STANDARD = 0.90;
    private static final int RECENT_YEARS = 5;

    /** Folds the patients into counts as they stream past: none of them is kept. */
    public FollowUpRates compute(Stream<PatientFollowUp> patients, int referenceYear, LocalDate asOf) {
        int asOfYear = asOf.getYear();
        if (referenceYear > asOfYear) {
            throw new IllegalArgumentException("Reference year " + referenceYear + " is after " + asOf);
        }
        Map<Integer, Tally> byYear = patients
                .filter(patient -> patient.diagnosisYear() >= referenceYear && patient.diagnosisYear() <= asOfYear)
                .collect(groupingBy(PatientFollowUp::diagnosisYear,
                        reducing(Tally.NONE, patient -> Tally.of(patient, asOf), Tally::plus)));

        List<Rate> rates = new ArrayList<>();
        rates.add(Rate.against(ALL_SINCE_REFERENCE_STANDARD, "ALL_SINCE_REFERENCE",
                sum(byYear, referenceYear, asOfYear)));
        rates.add(Rate.against(LAST_FIVE_YEARS_STANDARD, "LAST_FIVE_YEARS",
                sum(byYear, Math.max(referenceYear, asOfYear - RECENT_YEARS), asOfYear - 1)));
        IntStream.rangeClosed(referenceYear, asOfYear)
                .forEach(year -> rates.add(Rate.forDiagnosisYear(year, byYear.getOrDefault(year, Tally.NONE))));
        return new FollowUpRates(asOf, referenceYear, rates);
    }

    private static Tally sum(Map<Integer, Tally> byYear, int fromYear, int toYear) {
        return IntStream.rangeClosed(fromYear, toYear)
                .mapToObj(year -> byYear.getOrDefault(year, Tally.NONE))
                .reduce(Tally.NONE, Tally::plus);
    }
}
