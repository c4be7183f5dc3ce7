package org.cancerregistry.reporting.event;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Remembers the ids of the events this service handled. Call {@link #firstTime} inside the
 * transaction that handles the event: a redelivery then finds the id and changes nothing.
 */
@ApplicationScoped
public class ProcessedEvents {

    /** True when the event was not handled before, and records it as handled. */
    public Uni<Boolean> firstTime(UUID eventId, String topic) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                INSERT INTO processed_event (event_id, topic, processed_at) VALUES (?1, ?2, now())
                ON CONFLICT (event_id) DO NOTHING""")
                .setParameter(1, eventId)
                .setParameter(2, topic)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
