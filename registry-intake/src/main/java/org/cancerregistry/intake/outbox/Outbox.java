package org.cancerregistry.intake.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns events into outbox rows. Write the row inside the statement or transaction that changes the
 * state the event describes: both are committed, or neither. {@link OutboxRelay} publishes them afterwards.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;

    Outbox(ObjectMapper json) {
        this.json = json;
    }

    public OutboxEvent entry(String topic, String key, UUID eventId, Instant occurredAt, Object event) {
        String type = event.getClass().getSimpleName();
        try {
            return new OutboxEvent(eventId, topic, key, type, json.writeValueAsString(event), occurredAt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + type, e);
        }
    }
}
