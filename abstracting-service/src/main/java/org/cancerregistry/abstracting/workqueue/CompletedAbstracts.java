package org.cancerregistry.abstracting.workqueue;

import jakarta.enterprise.context.ApplicationScoped;

import org.cancerregistry.abstracting.tumor.AbstractCompleted;

import io.smallrye.mutiny.Uni;

/** A tumor's completed abstract is the end of its open work-queue items. */
@ApplicationScoped
class CompletedAbstracts implements AbstractCompleted.Observer {

    private final WorkQueueRepository queue;

    CompletedAbstracts(WorkQueueRepository queue) {
        this.queue = queue;
    }

    @Override
    public Uni<Void> completed(AbstractCompleted completed) {
        return queue.finishForTumor(completed.tumorId()).replaceWithVoid();
    }
}
