package org.cancerregistry.abstracting.linkage;

/** A {@link PersonRecord} with every item reduced to the form the comparisons and blocking keys use. */
record NormalizedPerson(NormalizedName lastName, NormalizedName previousLastName, NormalizedName firstName,
                        NormalizedName middleName, BirthDate birthDate, Sex sex, String ssn, String postalCode) {

    static NormalizedPerson of(PersonRecord person) {
        return new NormalizedPerson(
                NormalizedName.of(person.lastName()),
                NormalizedName.of(person.previousLastName()),
                NormalizedName.of(person.firstName()),
                NormalizedName.of(person.middleName()),
                BirthDate.parse(person.dateOfBirth()),
                Sex.of(person.sex()),
                SsnComparison.normalize(person.ssn()),
                PostalCodeComparison.normalize(person.postalCode()));
    }

    /** Jr, Sr, II... written after the last, first or middle name; null when none. */
    String generationalSuffix() {
        if (lastName.suffix() != null) {
            return lastName.suffix();
        }
        return firstName.suffix() != null ? firstName.suffix() : middleName.suffix();
    }
}
