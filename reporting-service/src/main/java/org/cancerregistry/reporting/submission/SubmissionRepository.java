package org.cancerregistry.reporting.submission;

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
public class SubmissionRepository implements PanacheRepositoryBase<Submission, UUID> {

    private static final Sort NEWEST_FIRST = Sort.descending("requestedAt").and("id");

    public Uni<List<Submission>> listAll(Page page) {
        return findAll(NEWEST_FIRST).page(page).list();
    }

    public Uni<List<Submission>> listAddressedTo(String stateRegistry, Page page) {
        return find("stateRegistry", NEWEST_FIRST, stateRegistry).page(page).list();
    }
}
