package org.cancerregistry.abstracting.workqueue;

import java.time.Instant;
import java.util.UUID;

import org.cancerregistry.abstracting.linkage.PatientLinkage;
import org.cancerregistry.abstracting.tumor.TumorLinkage;

/** What the registrar sees of one item in the work queue: no PHI, the linkage with its score and rule. */
public record WorkQueueEntry(UUID id, UUID reportId, Reportability reportability, WorkQueueStatus status, Instant queuedAt,
        UUID patientId, UUID tumorId, PatientLinkage patientLinkage, TumorLinkage tumorLinkage) {

    static WorkQueueEntry of(WorkQueueItem item) {
        return new WorkQueueEntry(item.id, item.reportId, item.reportability, item.status, item.queuedAt, item.patientId,
                item.tumorId, item.patientLinkage, item.tumorLinkage);
    }
}
