package org.cancerregistry.abstracting.linkage;

/**
 * The identifying items of one person, as a pathology report or a registry patient carries them.
 *
 * @param dateOfBirth      {@code YYYYMMDD}; {@code YYYY} or {@code YYYYMM} when only part is known
 * @param sex              NAACCR sexAssignedAtBirth code or HL7 administrative sex (F/M/U)
 * @param ssn              nine digits (dashes allowed) or blank
 * @param previousLastName maiden name or alias, may be blank
 */
public record PersonRecord(String lastName, String firstName, String middleName, String dateOfBirth,
                           String sex, String ssn, String postalCode, String previousLastName) {
}
