package org.cancerregistry.abstracting.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.cancerregistry.abstracting.audit.AuditEvent.Action;
import org.cancerregistry.abstracting.audit.AuditEvent.Change;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * The audit trail of patients' records. Write to it in the same transaction as the read or change it
 * records, so that no access goes unrecorded.
 */
@ApplicationScoped
@WithSession
public class AuditTrail implements PanacheRepositoryBase<AuditEvent, Long> {

    public static final String SYSTEM = "system";

    public Uni<Void> read(String actor, UUID patientId, UUID tumorId) {
        return record(actor, Action.READ, patientId, tumorId, null);
    }

    public Uni<Void> changed(String actor, UUID patientId, UUID tumorId, Map<String, Change> changes) {
        return changes.isEmpty() ? Uni.createFrom().voidItem() : record(actor, Action.CHANGE, patientId, tumorId, changes);
    }

    public Uni<List<AuditEvent>> ofPatient(UUID patientId, Page page) {
        return find("patientId", Sort.descending("occurredAt").and("id", Sort.Direction.Descending), patientId).page(page).list();
    }

    private Uni<Void> record(String actor, Action action, UUID patientId, UUID tumorId, Map<String, Change> changes) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now();
        event.actor = actor;
        event.action = action;
        event.patientId = patientId;
        event.tumorId = tumorId;
        event.changes = changes;
        return persist(event).replaceWithVoid();
    }
}
