package org.cancerregistry.reporting.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The event contract abstracting-service publishes on {@code tumor-abstracts} when an abstract is
 * completed or changed afterwards, as this service reads it: every patient and tumor item by naaccrId,
 * and the ids of the edits the abstract version fails (null from publishers that did not send them yet).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
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

    public boolean isComplete() {
        return eventId != null && patientId != null && tumorId != null && patientItems != null && tumorItems != null;
    }
}
