package org.cancerregistry.abstracting.linkage;

import java.util.Map;
import java.util.UUID;

/**
 * How a report's patient was linked, kept for the registrar: the decision, the best candidate (when
 * there was one), its score and which fields agreed.
 */
public record PatientLinkage(LinkDecision decision, UUID candidatePatientId, double weight, String rule,
        Map<String, FieldAgreement> fields) {

    public static PatientLinkage noCandidate() {
        return new PatientLinkage(LinkDecision.NEW_PATIENT, null, 0, "no candidate shares a blocking key", Map.of());
    }
}
