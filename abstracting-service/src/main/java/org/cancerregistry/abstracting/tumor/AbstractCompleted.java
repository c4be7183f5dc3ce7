package org.cancerregistry.abstracting.tumor;

import java.util.UUID;

import io.smallrye.mutiny.Uni;

/** A registrar completed the abstract of a tumor: every edit passed and the abstract is published. */
public record AbstractCompleted(UUID tumorId) {

    /**
     * What another package does when an abstract is completed, inside the completion's transaction: it commits with
     * the completion or not at all. An interface rather than a CDI observer, whose Uni nobody would subscribe to.
     */
    public interface Observer {

        Uni<Void> completed(AbstractCompleted completed);
    }
}
