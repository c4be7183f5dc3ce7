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

    private static final Sort OLDEST_FIRST = Sort.ascending("queuedAt").and("id");

    public Uni<List<WorkQueueItem>> listOpen(Page page) {
        return find("status", OLDEST_FIRST, WorkQueueStatus.OPEN).page(page).list();
    }
}
