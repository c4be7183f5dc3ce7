package org.cancerregistry.abstracting.api;

import java.util.UUID;

import org.cancerregistry.abstracting.patient.Patient;

/** One line of a patient search result. */
public record PatientSummary(UUID id, String nameLast, String nameFirst, String dateOfBirth, String sexAssignedAtBirth) {

    static PatientSummary of(Patient patient) {
        return new PatientSummary(patient.id, patient.nameLast, patient.nameFirst, patient.dateOfBirth,
                patient.items.get("sexAssignedAtBirth"));
    }
}
