package org.cancerregistry.abstracting.report;

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

    public Uni<List<PathologyReport>> listNewestFirst(String reportability, Page page) {
        Sort newestFirst = Sort.descending("receivedAt").and("id");
        return (reportability == null || reportability.isBlank() ? findAll(newestFirst) : find("reportability", newestFirst, reportability))
                .page(page).list();
    }

    public Uni<List<PathologyReport>> ofPatient(UUID patientId) {
        return list("patientId", Sort.descending("receivedAt"), patientId);
    }
}
