package org.cancerregistry.abstracting.tumor;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cancerregistry.abstracting.edits.EditFailure;

/**
 * A tumor's abstract as the registrar works on it: the patient's and the tumor's items, the codes
 * suggested from the pathology text, the edits that fail now and the derived stage.
 */
public record TumorAbstract(
        UUID id,
        UUID patientId,
        AbstractStatus status,
        int version,
        Map<String, String> patientItems,
        Map<String, String> tumorItems,
        Map<String, String> suggestions,
        List<EditFailure> failingEdits,
        Stage stage,
        Instant completedAt) {

    /** The staging algorithm's result: schema and derived Summary Stage 2018, or why it could not stage. */
    public record Stage(String schemaId, String derivedSummaryStage2018, List<String> errors) {
    }

    public boolean completable() {
        return failingEdits.isEmpty();
    }
}
