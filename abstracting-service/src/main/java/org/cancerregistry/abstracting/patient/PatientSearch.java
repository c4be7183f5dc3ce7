package org.cancerregistry.abstracting.patient;

/** Criteria of a patient search; null means not searched on. */
public record PatientSearch(String lastName, String firstName, String dateOfBirth, String ssn, String medicalRecordNumber) {

    boolean isEmpty() {
        return lastName == null && firstName == null && dateOfBirth == null && ssn == null && medicalRecordNumber == null;
    }
}
