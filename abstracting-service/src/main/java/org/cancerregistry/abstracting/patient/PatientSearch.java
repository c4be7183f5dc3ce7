package org.cancerregistry.abstracting.patient;

import java.util.ArrayList;
import java.util.List;

import org.cancerregistry.abstracting.problem.InvalidParameterException;
import org.cancerregistry.abstracting.problem.Problem.InvalidParam;

/**
 * Criteria of a patient search; null means not searched on. Minimum necessary: a search names one patient or a few,
 * never the registry. It needs an exact identifier (SSN, medical record number, accession number of a pathology report),
 * or a last name of at least {@value #MIN_NAME} characters, or a first name with the date of birth. Names match by
 * prefix, case-insensitively, and literally: % and _ are letters like any other.
 */
public record PatientSearch(String lastName, String firstName, String dateOfBirth, String ssn, String medicalRecordNumber,
        String accessionNumber) {

    public static final int MIN_NAME = 2;
    public static final String RULES = "Give an exact identifier (ssn, mrn or accessionNumber), a lastName of at least " + MIN_NAME
            + " characters, or a firstName with the dateOfBirth; lastName, firstName and dateOfBirth narrow each other. Names "
            + "match by prefix, case-insensitively; % and _ match only themselves.";

    /** The criteria as a client typed them: trimmed, blank as not given; 400 problem JSON naming each one at fault. */
    public static PatientSearch of(String lastName, String firstName, String dateOfBirth, String ssn, String medicalRecordNumber,
            String accessionNumber) {
        List<InvalidParam> invalid = new ArrayList<>();
        PatientSearch search = new PatientSearch(
                text("lastName", lastName, 40, invalid),
                text("firstName", firstName, 40, invalid),
                pattern("dateOfBirth", dateOfBirth, "[0-9]{8}", "a date of birth is YYYYMMDD", invalid),
                pattern("ssn", ssn, "[0-9]{9}", "an SSN is 9 digits", invalid),
                text("mrn", medicalRecordNumber, 100, invalid),
                text("accessionNumber", accessionNumber, 20, invalid));
        if (invalid.isEmpty() && !search.isNarrowEnough()) {
            invalid.add(new InvalidParam("lastName", search.lastName != null
                    ? "a last name needs at least " + MIN_NAME + " characters. " + RULES
                    : RULES));
        }
        if (!invalid.isEmpty()) {
            throw new InvalidParameterException(invalid);
        }
        return search;
    }

    private boolean isNarrowEnough() {
        return ssn != null || medicalRecordNumber != null || accessionNumber != null
                || lastName != null && lastName.length() >= MIN_NAME
                || firstName != null && dateOfBirth != null;
    }

    private static String text(String name, String value, int maxLength, List<InvalidParam> invalid) {
        String given = given(value);
        if (given == null) {
            return null;
        }
        if (given.chars().anyMatch(Character::isISOControl)) {
            invalid.add(new InvalidParam(name, "must not contain control characters"));
        } else if (given.length() > maxLength) {
            invalid.add(new InvalidParam(name, "at most " + maxLength + " characters"));
        }
        return given;
    }

    private static String pattern(String name, String value, String regex, String reason, List<InvalidParam> invalid) {
        String given = given(value);
        if (given != null && !given.matches(regex)) {
            invalid.add(new InvalidParam(name, reason));
        }
        return given;
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
