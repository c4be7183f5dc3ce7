package org.cancerregistry.followup.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * One disclosure of a patient's data: who, what, whose, about which object (a letter, a contact), with details
 * that hold no PHI. The time is kept to the microsecond, as PostgreSQL stores it, so that its hash can be
 * computed again from the stored row.
 */
public record AuditRecord(Instant occurredAt, String actor, String action, UUID patientId, String subject, Map<String, Object> details) {

    public AuditRecord {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        details = details == null ? Map.of() : details;
    }
}
