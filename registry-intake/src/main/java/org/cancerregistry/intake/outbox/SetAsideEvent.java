package org.cancerregistry.intake.outbox;

import java.time.Instant;
import java.util.UUID;

/** An outbox event the relay set aside, as a manager sees it: what and why, never its payload (which holds PHI). */
public record SetAsideEvent(UUID eventId, String topic, String eventType, Instant occurredAt, int failedAttempts,
        Instant setAsideAt, String reason) {
}
