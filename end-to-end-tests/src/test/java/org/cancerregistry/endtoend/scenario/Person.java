package org.cancerregistry.endtoend.scenario;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * A patient no earlier run has sent, so that the linkage makes a new registry patient of each: random
 * names, date of birth, social security number and medical record number.
 */
record Person(String lastName, String firstName, LocalDate dateOfBirth, String ssn, String medicalRecordNumber) {

    static Person random(Random random) {
        // A valid SSN: area 001-665, group 01-99, serial 0001-9999.
        String ssn = String.format("%03d%02d%04d", 1 + random.nextInt(665), 1 + random.nextInt(99), 1 + random.nextInt(9999));
        return new Person(name(random, 12), name(random, 7), LocalDate.of(1940, 1, 1).plusDays(random.nextInt(40 * 365)), ssn,
                String.format("MR%010d", random.nextLong(10_000_000_000L)));
    }

    String hl7Name() {
        return lastName + "^" + firstName;
    }

    String hl7Identifiers() {
        return medicalRecordNumber + "^^^^MR~" + ssn + "^^^^SS";
    }

    String hl7DateOfBirth() {
        return dateOfBirth.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    private static String name(Random random, int length) {
        StringBuilder name = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 1; i < length; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }
}
