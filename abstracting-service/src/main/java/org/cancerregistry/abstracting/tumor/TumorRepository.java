package org.cancerregistry.abstracting.tumor;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class TumorRepository implements PanacheRepositoryBase<Tumor, UUID> {

    public Uni<List<Tumor>> ofPatient(UUID patientId) {
        return list("patientId", Sort.ascending("createdAt"), patientId);
    }
}
