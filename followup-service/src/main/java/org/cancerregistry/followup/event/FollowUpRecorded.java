package org.cancerregistry.followup.event;

import java.time.Instant;
import java.util.UUID;

/**
 * Published on {@code followup-results} when a follow-up contact gave a result, keyed by patient id.
 * Codes are NAACCR's: vitalStatus (1760) 0 dead, 1 alive; cancerStatus (1770) 1 no evidence,
 * 2 evidence, 9 unknown. Dates are YYYYMMDD. Consumers deduplicate by {@code eventId}.
 */
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
    public static final int SCHEMA_VERSION = 1;
}
