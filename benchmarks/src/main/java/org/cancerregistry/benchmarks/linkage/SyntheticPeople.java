package org.cancerregistry.benchmarks.linkage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Person number n of a synthetic registry population, always the same for the same n: US last names in
 * their census frequency and first names by rank (imsweb data generator's tables), birth dates from 1925
 * to 2005, an SSN for nine in ten. Realistic name frequencies matter: they decide how many candidates a
 * blocking key brings.
 */
final class SyntheticPeople {

    private static final LocalDate FIRST_BIRTH = LocalDate.of(1925, 1, 1);
    private static final int BIRTH_DAYS = (int) (LocalDate.of(2005, 12, 31).toEpochDay() - FIRST_BIRTH.toEpochDay());

    private final Names lastNames = Names.weighted("frequencies/last_names_white.csv");
    private final Names femaleNames = Names.byRank("frequencies/first_names_female.csv");
    private final Names maleNames = Names.byRank("frequencies/first_names_male.csv");

    record Person(String lastName, String firstName, String middleName, String dateOfBirth, String sex, String ssn,
            String postalCode) {
    }

    Person person(long n) {
        SplittableRandom random = new SplittableRandom(n * 0x9E3779B97F4A7C15L + 17);
        boolean female = random.nextBoolean();
        Names firstNames = female ? femaleNames : maleNames;
        String middle = random.nextInt(2) == 0 ? firstNames.pick(random) : "";
        String ssn = random.nextInt(10) == 0 ? "" : Long.toString(100_000_000L + random.nextLong(800_000_000L));
        return new Person(lastNames.pick(random), firstNames.pick(random), middle,
                FIRST_BIRTH.plusDays(random.nextInt(BIRTH_DAYS)).toString().replace("-", ""), female ? "2" : "1", ssn,
                Integer.toString(10_000 + random.nextInt(89_999)));
    }

    /** Names drawn in proportion to weights, through their cumulative sums. */
    private record Names(List<String> names, double[] cumulative) {

        static Names weighted(String resource) {
            List<String> names = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            for (String line : lines(resource)) {
                String[] parts = line.split(",");
                weights.add(Double.parseDouble(parts[0]));
                names.add(parts[1].trim());
            }
            return new Names(names, cumulate(weights));
        }

        /** First names come as a list by popularity: Zipf weights 1/rank. */
        static Names byRank(String resource) {
            List<String> names = lines(resource).stream().map(String::trim).filter(name -> !name.isEmpty()).toList();
            List<Double> weights = new ArrayList<>();
            for (int rank = 1; rank <= names.size(); rank++) {
                weights.add(1.0 / rank);
            }
            return new Names(names, cumulate(weights));
        }

        String pick(SplittableRandom random) {
            double target = random.nextDouble() * cumulative[cumulative.length - 1];
            int i = Arrays.binarySearch(cumulative, target);
            return names.get(Math.min(names.size() - 1, i >= 0 ? i : -i - 1));
        }

        private static double[] cumulate(List<Double> weights) {
            double[] cumulative = new double[weights.size()];
            double sum = 0;
            for (int i = 0; i < cumulative.length; i++) {
                sum += weights.get(i);
                cumulative[i] = sum;
            }
            return cumulative;
        }

        private static List<String> lines(String resource) {
            InputStream in = SyntheticPeople.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("no " + resource + " in the data generator's jar");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().filter(line -> !line.isBlank()).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
