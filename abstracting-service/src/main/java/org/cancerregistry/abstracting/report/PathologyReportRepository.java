package org.cancerregistry.abstracting.report;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class PathologyReportRepository implements PanacheRepositoryBase<PathologyReport, UUID> {

    public Uni<List<PathologyReport>> ofPatient(UUID patientId) {
        return list("patientId", Sort.descending("receivedAt"), patientId);
    }
}
