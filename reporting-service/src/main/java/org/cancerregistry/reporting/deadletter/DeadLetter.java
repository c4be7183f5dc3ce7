package org.cancerregistry.reporting.deadletter;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An event a consumer of this service sent to a dead-letter topic, as read back from that topic: where it was,
 * why it failed, and how its last replay went. The payload is kept for the replay and never listed.
 */
@Entity
@Table(name = "dead_letter")
public class DeadLetter {

    @Id
    public Long id;

    /** The dead-letter topic; with partition and offset the record's identity, so reading it twice keeps one row. */
    @Column(nullable = false)
    public String topic;

    @Column(name = "kafka_partition", nullable = false)
    public int partition;

    @Column(name = "kafka_offset", nullable = false)
    public long offset;

    /** The topic the event was consumed from, which says how to replay it. */
    @Column(name = "source_topic", nullable = false)
    public String sourceTopic;

    @Column(name = "source_partition")
    public Integer sourcePartition;

    @Column(name = "source_offset")
    public Long sourceOffset;

    @Column(name = "event_key")
    public String key;

    public String payload;

    @Column(nullable = false)
    public String reason;

    @Column(name = "first_seen_at", nullable = false)
    public Instant firstSeenAt;

    @Column(name = "replayed_at")
    public Instant replayedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "replay_result")
    public ReplayResult replayResult;
}
