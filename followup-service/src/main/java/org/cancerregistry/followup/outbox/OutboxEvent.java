package org.cancerregistry.followup.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An event waiting in the database for the relay to publish it to Kafka. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String topic;

    @Column(name = "event_key", nullable = false)
    public String eventKey;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String payload;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** Failed attempts to publish it so far. */
    @Column(name = "failed_attempts", nullable = false)
    public int failedAttempts;

    /** When the relay set it aside as unpublishable, and why; null while it is to be published. */
    @Column(name = "set_aside_at")
    public Instant setAsideAt;

    @Column(name = "set_aside_reason")
    public String setAsideReason;
}
