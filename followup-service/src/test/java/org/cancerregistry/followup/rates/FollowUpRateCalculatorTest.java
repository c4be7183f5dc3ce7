package org.cancerregistry.followup.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class FollowUpRateCalculatorTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    private static final LocalDate CURRENT = LocalDate.of(2026, 1, 5);
    private static final LocalDate LOST = LocalDate.of(2024, 1, 5);

    private final FollowUpRateCalculator calculator = new FollowUpRateCalculator();

    /*
     * rates/patients.tsv, reference year 2018, as of 2026-11-23.
     * Current = last contact after 2025-08-23: like the schedule, the rate counts a patient delinquent
     * from the day 15 months after the last contact.
     * P21 (2016) and P22 (2017) were diagnosed before the reference year and do not count.
     *
     * year  eligible patients                                   dead+current / eligible  excluded
     * 2018  P01 current, P02 dead, P03 lost (2024-03-01)        2 / 3                    1 (P04)
     * 2019  P05 current (2025-08-24, one day inside),
     *       P06 lost (2025-08-23, the boundary day)             1 / 2                    0
     * 2020  P07 dead (no contact date), P08 current             2 / 2                    0
     * 2021  P09 current, P10 lost (no contact date)             1 / 2                    1 (P11, dead but not eligible)
     * 2022  P12 current, P13 lost                               1 / 2                    0
     * 2023  P14 current, P15 dead                               2 / 2                    0
     * 2024  P16 current                                         1 / 1                    1 (P17)
     * 2025  P18 current, P19 lost (2025-03-03)                  1 / 2                    0
     * 2026  P20 current                                         1 / 1                    0
     *
     * ALL_SINCE_REFERENCE 2018-2026: 2+1+2+1+1+2+1+1+1 = 12 / 3+2+2+2+2+2+1+2+1 = 17, excluded 1+1+1 = 3,
     *   12/17 = 0.70588 < 0.80, not met.
     * LAST_FIVE_YEARS 2021-2025: 1+1+2+1+1 = 6 / 2+2+2+1+2 = 9, excluded 1+1 = 2,
     *   6/9 = 0.66667 < 0.90, not met.
     */
    @Test
    void shouldComputeRatesOfTheFixtureRegistry() throws IOException {
        FollowUpRates rates = calculator.compute(fixture("/rates/patients.tsv").stream(), 2018, AS_OF);

        assertThat(rates.asOf()).isEqualTo(AS_OF);
        assertThat(rates.referenceYear()).isEqualTo(2018);
        assertThat(rates.rates())
                .extracting(Rate::population, Rate::numerator, Rate::denominator, Rate::excluded, Rate::met)
                .containsExactly(
                        tuple("ALL_SINCE_REFERENCE", 12, 17, 3, false),
                        tuple("LAST_FIVE_YEARS", 6, 9, 2, false),
                        tuple("DIAGNOSIS_YEAR_2018", 2, 3, 1, null),
                        tuple("DIAGNOSIS_YEAR_2019", 1, 2, 0, null),
                        tuple("DIAGNOSIS_YEAR_2020", 2, 2, 0, null),
                        tuple("DIAGNOSIS_YEAR_2021", 1, 2, 1, null),
                        tuple("DIAGNOSIS_YEAR_2022", 1, 2, 0, null),
                        tuple("DIAGNOSIS_YEAR_2023", 2, 2, 0, null),
                        tuple("DIAGNOSIS_YEAR_2024", 1, 1, 1, null),
                        tuple("DIAGNOSIS_YEAR_2025", 1, 2, 0, null),
                        tuple("DIAGNOSIS_YEAR_2026", 1, 1, 0, null));
        assertThat(rates.rates()).extracting(Rate::rate).containsExactly(
                12.0 / 17, 6.0 / 9, 2.0 / 3, 0.5, 1.0, 0.5, 0.5, 1.0, 1.0, 0.5, 1.0);
        assertThat(rates.rates().get(0).rate()).isCloseTo(0.70588, within(0.00001));
        Double none = null;
        assertThat(rates.rates()).extracting(Rate::standard)
                .containsExactly(0.80, 0.90, none, none, none, none, none, none, none, none, none);
    }

    /* 8 of 10 eligible patients diagnosed 2021-2025 dead or current: 0.80 meets 80%, misses 90%. */
    @Test
    void shouldMeetEightyPercentExactlyButNotNinety() {
        FollowUpRates rates = calculator.compute(cohort(8, 2).stream(), 2021, AS_OF);

        assertThat(rates.rates()).extracting(Rate::population, Rate::numerator, Rate::denominator, Rate::rate, Rate::met)
                .startsWith(tuple("ALL_SINCE_REFERENCE", 8, 10, 0.8, true), tuple("LAST_FIVE_YEARS", 8, 10, 0.8, false));
    }

    /* 9 of 10: 0.90 meets both standards. */
    @Test
    void shouldMeetNinetyPercentExactly() {
        FollowUpRates rates = calculator.compute(cohort(9, 1).stream(), 2021, AS_OF);

        assertThat(rates.rates()).extracting(Rate::population, Rate::numerator, Rate::denominator, Rate::rate, Rate::met)
                .startsWith(tuple("ALL_SINCE_REFERENCE", 9, 10, 0.9, true), tuple("LAST_FIVE_YEARS", 9, 10, 0.9, true));
    }

    @Test
    void shouldLeaveYearsBeforeReferenceOutOfTheLastFiveYears() {
        List<PatientFollowUp> patients = List.of(
                patient(2021, true, false, LOST),
                patient(2023, true, false, CURRENT),
                patient(2025, false, false, CURRENT));

        FollowUpRates rates = calculator.compute(patients.stream(), 2023, AS_OF);

        assertThat(rates.rates()).extracting(Rate::population, Rate::numerator, Rate::denominator, Rate::excluded)
                .containsExactly(
                        tuple("ALL_SINCE_REFERENCE", 1, 1, 1),
                        tuple("LAST_FIVE_YEARS", 1, 1, 1),
                        tuple("DIAGNOSIS_YEAR_2023", 1, 1, 0),
                        tuple("DIAGNOSIS_YEAR_2024", 0, 0, 0),
                        tuple("DIAGNOSIS_YEAR_2025", 0, 0, 1),
                        tuple("DIAGNOSIS_YEAR_2026", 0, 0, 0));
    }

    @Test
    void shouldGiveZeroRateNotMetWithoutEligiblePatients() {
        FollowUpRates rates = calculator.compute(Stream.of(patient(2025, false, false, CURRENT)), 2025, AS_OF);

        assertThat(rates.rates()).extracting(Rate::population, Rate::denominator, Rate::excluded, Rate::rate, Rate::met)
                .containsExactly(
                        tuple("ALL_SINCE_REFERENCE", 0, 1, 0.0, false),
                        tuple("LAST_FIVE_YEARS", 0, 1, 0.0, false),
                        tuple("DIAGNOSIS_YEAR_2025", 0, 1, 0.0, null),
                        tuple("DIAGNOSIS_YEAR_2026", 0, 0, 0.0, null));
    }

    /* Last contact 2025-01-31: the schedule counts the patient delinquent from 2026-04-30, and so must the rate. */
    @Test
    void shouldCountPatientNotCurrentFromTheDayTheScheduleCountsThemDelinquent() {
        LocalDate lastContact = LocalDate.of(2025, 1, 31);
        List<PatientFollowUp> patients = List.of(new PatientFollowUp(UUID.randomUUID(), 2024, true, false, lastContact));

        assertThat(calculator.compute(patients.stream(), 2024, LocalDate.of(2026, 4, 29)).rates().get(0).numerator()).isEqualTo(1);
        assertThat(calculator.compute(patients.stream(), 2024, LocalDate.of(2026, 4, 30)).rates().get(0).numerator()).isZero();
    }

    @Test
    void shouldRefuseReferenceYearAfterTheDayOfTheRate() {
        assertThatIllegalArgumentException().isThrownBy(() -> calculator.compute(Stream.empty(), 2027, AS_OF));
    }

    /** Two eligible patients a year, 2021-2025, followed or dead first, then lost. */
    private static List<PatientFollowUp> cohort(int followedOrDead, int lost) {
        List<Boolean> followed = new ArrayList<>(Collections.nCopies(followedOrDead, true));
        followed.addAll(Collections.nCopies(lost, false));
        List<PatientFollowUp> patients = new ArrayList<>();
        for (int i = 0; i < followed.size(); i++) {
            boolean dead = followed.get(i) && i % 3 == 0;
            LocalDate lastContact = followed.get(i) && !dead ? CURRENT : LOST;
            patients.add(patient(2021 + i / 2, true, dead, lastContact));
        }
        return patients;
    }

    private static PatientFollowUp patient(int diagnosisYear, boolean eligible, boolean dead, LocalDate lastContact) {
        return new PatientFollowUp(UUID.randomUUID(), diagnosisYear, eligible, dead, lastContact);
    }

    private static List<PatientFollowUp> fixture(String resource) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                FollowUpRateCalculatorTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8));
                Stream<String> lines = reader.lines()) {
            return lines.skip(1).map(line -> line.split("\t", -1))
                    .map(fields -> new PatientFollowUp(
                            UUID.nameUUIDFromBytes(fields[0].getBytes(StandardCharsets.UTF_8)),
                            Integer.parseInt(fields[1]),
                            fields[2].equals("Y"),
                            fields[3].equals("Y"),
                            fields[4].isEmpty() ? null : LocalDate.parse(fields[4])))
                    .toList();
        }
    }
}
