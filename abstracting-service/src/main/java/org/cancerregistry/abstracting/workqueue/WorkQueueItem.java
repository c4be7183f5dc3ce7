package org.cancerregistry.abstracting.workqueue;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A pathology report waiting for a registrar: to be linked and abstracted, or dismissed. */
@Entity
@Table(name = "work_queue_item")
public class WorkQueueItem {

    @Id
    public UUID id;

    @Column(name = "report_id", nullable = false, unique = true)
    public UUID reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Reportability reportability;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkQueueStatus status;

    @Column(name = "queued_at", nullable = false)
    public Instant queuedAt;
}
