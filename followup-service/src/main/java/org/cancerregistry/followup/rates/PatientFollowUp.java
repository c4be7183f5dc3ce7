package org.cancerregistry.followup.rates;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One patient as the follow-up rate sees them.
 *
 * @param diagnosisYear year of the patient's earliest eligible tumor, or of the earliest tumor when
 *                      none is eligible
 * @param lastContact   date of last contact, null when none is on record
 */
public record PatientFollowUp(UUID patientId, int diagnosisYear, boolean eligible, boolean dead, LocalDate lastContact) {
}
