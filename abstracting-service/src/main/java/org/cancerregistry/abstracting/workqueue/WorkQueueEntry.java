package org.cancerregistry.abstracting.workqueue;

import java.time.Instant;
import java.util.UUID;

/** What the registrar sees of one item in the work queue. */
public record WorkQueueEntry(UUID id, UUID reportId, Reportability reportability, Instant queuedAt) {

    static WorkQueueEntry of(WorkQueueItem item) {
        return new WorkQueueEntry(item.id, item.reportId, item.reportability, item.queuedAt);
    }
}
