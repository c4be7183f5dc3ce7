package org.cancerregistry.abstracting.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Published on {@code tumor-abstracts} when a registrar completes an abstract ({@code COMPLETED}) and
 * on every later change to it ({@code UPDATED}), with every patient and tumor item. Keyed by patient
 * id; consumers deduplicate by {@code eventId} and keep the highest {@code abstractVersion}.
 * {@code failingEdits} holds the ids of the edits this abstract version fails (empty when it passes all).
 */
public record TumorAbstractChanged(
        UUID eventId,
        Instant occurredAt,
        int version,
        String change,
        UUID patientId,
        UUID tumorId,
        int abstractVersion,
        Map<String, String> patientItems,
        Map<String, String> tumorItems,
        List<String> failingEdits) {

    public static final String TOPIC = "tumor-abstracts";
    public static final int SCHEMA_VERSION = 1;
    public static final String COMPLETED = "COMPLETED";
    public static final String UPDATED = "UPDATED";
}
