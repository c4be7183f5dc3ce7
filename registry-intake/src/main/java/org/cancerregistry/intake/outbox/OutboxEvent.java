package org.cancerregistry.intake.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * An event to be written into the outbox table in the same statement or transaction as the state it
 * describes; {@link OutboxRelay} publishes it afterwards. {@code type} is the event's record name.
 */
public record OutboxEvent(UUID id, String topic, String key, String type, String payload, Instant occurredAt) {
}
