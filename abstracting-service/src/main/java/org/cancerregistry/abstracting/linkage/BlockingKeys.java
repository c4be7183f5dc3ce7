package org.cancerregistry.abstracting.linkage;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Indexed keys under which registry patients are stored, so that an incoming person is compared only with
 * patients sharing at least one key instead of with every patient. Each key survives a different kind of
 * error, so a true match is missed only when its records differ in all of them at once:
 * <ul>
 * <li>{@code SSN:<ssn>} survives any error in names and date of birth.</li>
 * <li>{@code DOB:<yyyymmdd>} survives name changes (marriage without a recorded maiden name) and typos in
 * both names.</li>
 * <li>{@code DOB:<yyyyddmm>}, when the day could be a month, is the same date read with day and month
 * transposed (the US/European order mix-up), so a transposed date still meets the right DOB key.</li>
 * <li>{@code NYSIIS:<last name>|<yyyy>}, for the last name, each part of a hyphenated last name and the
 * previous last name: survives typos and transpositions in month and day, and phonetic misspellings.</li>
 * <li>{@code NYSIIS:<first name>|<yyyymmdd>} survives a changed or misspelled last name.</li>
 * <li>{@code NAME:<last name>|<first name>|<mmdd>} (NYSIIS codes) survives a mistyped birth year.</li>
 * </ul>
 * Records that differ in SSN, birth date beyond these patterns, and names all at once are not found; they
 * surface later as duplicates in the registry's duplicate review.
 */
public final class BlockingKeys {

    private BlockingKeys() {
    }

    public static Set<String> of(PersonRecord person) {
        NormalizedPerson p = NormalizedPerson.of(person);
        Set<String> keys = new LinkedHashSet<>();
        if (!p.ssn().isEmpty()) {
            keys.add("SSN:" + p.ssn());
        }
        BirthDate birthDate = p.birthDate();
        String lastCode = p.lastName().isBlank() ? "" : Phonetics.nysiis(p.lastName().joined());
        String firstCode = p.firstName().isBlank() ? "" : Phonetics.nysiis(p.firstName().joined());
        if (birthDate.isComplete()) {
            keys.add("DOB:" + birthDate.digits());
            if (birthDate.day() <= 12 && birthDate.day() != birthDate.month()) {
                keys.add("DOB:" + new BirthDate(birthDate.year(), birthDate.day(), birthDate.month()).digits());
            }
            if (!firstCode.isEmpty()) {
                keys.add("NYSIIS:" + firstCode + "|" + birthDate.digits());
            }
            if (!lastCode.isEmpty() && !firstCode.isEmpty()) {
                keys.add("NAME:" + lastCode + "|" + firstCode + "|" + birthDate.digits().substring(4));
            }
        }
        if (birthDate.isKnown()) {
            String year = Integer.toString(birthDate.year());
            addLastNameKeys(keys, p.lastName(), year);
            addLastNameKeys(keys, p.previousLastName(), year);
        }
        return keys;
    }

    private static void addLastNameKeys(Set<String> keys, NormalizedName lastName, String year) {
        if (lastName.isBlank()) {
            return;
        }
        keys.add("NYSIIS:" + Phonetics.nysiis(lastName.joined()) + "|" + year);
        if (lastName.parts().size() > 1) {
            for (String part : lastName.parts()) {
                keys.add("NYSIIS:" + Phonetics.nysiis(part) + "|" + year);
            }
        }
    }
}
