package org.cancerregistry.abstracting.workqueue;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class WorkQueueRepository implements PanacheRepositoryBase<WorkQueueItem, UUID> {

    public Uni<List<WorkQueueItem>> list(List<WorkQueueStatus> statuses, List<Reportability> reportabilities, boolean newestFirst,
            Page page) {
        Sort order = newestFirst ? Sort.descending("queuedAt").and("id", Sort.Direction.Descending) : Sort.ascending("queuedAt").and("id");
        return find("status in ?1 and reportability in ?2", order, statuses, reportabilities).page(page).list();
    }

    /** A corrected version of the report arrived: the report's items not yet done give way to the correction's. */
    public Uni<Integer> supersede(UUID reportId) {
        return update("status = ?1 where reportId = ?2 and status in ?3", WorkQueueStatus.SUPERSEDED, reportId,
                List.of(WorkQueueStatus.LINKAGE_REVIEW, WorkQueueStatus.OPEN));
    }

    /** The tumor's abstract is complete: its open items are done. */
    public Uni<Integer> finishForTumor(UUID tumorId) {
        return update("status = ?1 where tumorId = ?2 and status = ?3", WorkQueueStatus.DONE, tumorId, WorkQueueStatus.OPEN);
    }
}
