package org.cancerregistry.followup.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * Writes events into the outbox table. Call it inside the transaction that changes the state the
 * event describes: both are committed, or neither. {@link OutboxRelay} publishes them afterwards.
 */
@ApplicationScoped
@WithSession
public class Outbox implements PanacheRepositoryBase<OutboxEvent, UUID> {

    private final ObjectMapper json;

    Outbox(ObjectMapper json) {
        this.json = json;
    }

    /** Events set aside, most recent first. */
    Uni<List<OutboxEvent>> setAside(Page page) {
        return find("setAsideAt is not null and publishedAt is null", Sort.descending("setAsideAt").and("id"))
                .page(page).list();
    }

    /** Puts a set-aside event back in line, with its attempts counted afresh; false when no such event is set aside. */
    Uni<Boolean> retry(UUID id) {
        return update("setAsideAt = null, setAsideReason = null, failedAttempts = 0 where id = ?1 and setAsideAt is not null "
                + "and publishedAt is null", id).map(updated -> updated == 1);
    }

    public Uni<OutboxEvent> add(String topic, String key, UUID eventId, Instant occurredAt, Object event) {
        OutboxEvent entry = new OutboxEvent();
        entry.id = eventId;
        entry.topic = topic;
        entry.eventKey = key;
        entry.eventType = event.getClass().getSimpleName();
        entry.occurredAt = occurredAt;
        try {
            entry.payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalStateException("cannot serialise " + entry.eventType, e));
        }
        return persist(entry);
    }
}
