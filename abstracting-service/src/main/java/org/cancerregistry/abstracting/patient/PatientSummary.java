package org.cancerregistry.abstracting.patient;

import java.util.UUID;

/** One line of a patient search result. */
public record PatientSummary(UUID id, String nameLast, String nameFirst, String dateOfBirth, String sexAssignedAtBirth) {

    static PatientSummary of(Patient patient) {
        return new PatientSummary(patient.id, patient.nameLast, patient.nameFirst, patient.dateOfBirth,
                patient.items.get("sexAssignedAtBirth"));
    }
}
