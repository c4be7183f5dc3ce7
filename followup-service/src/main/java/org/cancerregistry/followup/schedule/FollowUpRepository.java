package org.cancerregistry.followup.schedule;

import java.time.LocalDate;
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
public class FollowUpRepository implements PanacheRepositoryBase<FollowUp, UUID> {

    private static final Sort EARLIEST_DUE_FIRST = Sort.ascending("nextDueDate").and("patientId");

    public Uni<List<FollowUp>> dueThrough(LocalDate through, Page page) {
        return find("status <> :closed and nextDueDate <= :through", EARLIEST_DUE_FIRST,
                Parameters.with("closed", FollowUpStatus.CLOSED).and("through", through))
                .page(page).list();
    }
}
