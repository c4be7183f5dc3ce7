package org.cancerregistry.followup.abstracts;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class FollowedTumorRepository implements PanacheRepositoryBase<FollowedTumor, UUID> {

    public Uni<List<FollowedTumor>> ofPatient(UUID patientId) {
        return list("patientId", patientId);
    }
}
