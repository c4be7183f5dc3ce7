package org.cancerregistry.reporting.store;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The event contract followup-service publishes on {@code followup-results} when a follow-up contact
 * gave a result, as this service reads it. Codes are NAACCR's: vitalStatus (1760) 0 dead, 1 alive;
 * cancerStatus (1770) 1 no evidence, 2 evidence, 9 unknown. Dates are YYYYMMDD.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FollowUpRecorded(
        UUID eventId,
        Instant occurredAt,
        int version,
        UUID patientId,
        String contactDate,
        String source,
        String vitalStatus,
        String cancerStatus,
        String dateOfDeath) {

    public static final String TOPIC = "followup-results";
}
