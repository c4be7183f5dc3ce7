package org.cancerregistry.intake.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class PathologyReportRepository implements PanacheRepositoryBase<PathologyReport, UUID> {

    private static final Sort NEWEST_FIRST = Sort.descending("receivedAt").and("id");

    public Uni<List<PathologyReport>> listSince(Instant since, Page page) {
        return find("receivedAt >= ?1", NEWEST_FIRST, since).page(page).list();
    }

    public Uni<List<PathologyReport>> listOfLabSince(String labClia, Instant since, Page page) {
        return find("labClia = :lab and receivedAt >= :since", NEWEST_FIRST,
                Parameters.with("lab", labClia).and("since", since)).page(page).list();
    }
}
