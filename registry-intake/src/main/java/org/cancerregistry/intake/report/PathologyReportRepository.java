package org.cancerregistry.intake.report;

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
public class PathologyReportRepository implements PanacheRepositoryBase<PathologyReport, UUID> {

    private static final Sort NEWEST_FIRST = Sort.descending("receivedAt").and("id");

    public Uni<List<PathologyReport>> listAll(Page page) {
        return findAll(NEWEST_FIRST).page(page).list();
    }

    public Uni<List<PathologyReport>> listOfLab(String labClia, Page page) {
        return find("labClia", NEWEST_FIRST, labClia).page(page).list();
    }
}
