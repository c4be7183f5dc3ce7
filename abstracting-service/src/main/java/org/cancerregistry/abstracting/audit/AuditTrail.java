package org.cancerregistry.abstracting.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.cancerregistry.abstracting.audit.AuditEvent.Action;
import org.cancerregistry.abstracting.audit.AuditEvent.Change;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
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
    /** The key in a LINK or UNLINK row's changes: the id of the pathology report linked or unlinked. */
    public static final String REPORT_ID = "reportId";

    private final Clock clock;

    AuditTrail(Clock clock) {
        this.clock = clock;
    }

    public Uni<Void> read(String actor, UUID patientId, UUID tumorId) {
        return record(actor, Action.READ, patientId, tumorId, null);
    }

    public Uni<Void> changed(String actor, UUID patientId, UUID tumorId, Map<String, Change> changes) {
        return changes.isEmpty() ? Uni.createFrom().voidItem() : record(actor, Action.CHANGE, patientId, tumorId, changes);
    }

    /** A pathology report linked to the patient: by the linkage, by a registrar's decision, or with a patient created from it. */
    public Uni<Void> linked(String actor, UUID patientId, UUID tumorId, UUID reportId, Map<String, Change> alsoChanged) {
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put(REPORT_ID, new Change(null, reportId.toString()));
        changes.putAll(alsoChanged);
        return record(actor, Action.LINK, patientId, tumorId, changes);
    }

    /** A pathology report moved away from the patient (or its tumor) by a registrar's decision. */
    public Uni<Void> unlinked(String actor, UUID patientId, UUID tumorId, UUID reportId) {
        return record(actor, Action.UNLINK, patientId, tumorId, Map.of(REPORT_ID, new Change(reportId.toString(), null)));
    }

    /** One page of the patient's audit trail, newest first; the read is itself recorded, in the caller's transaction. */
    public Uni<List<AuditEvent>> readTrail(String actor, UUID patientId, AuditPage page) {
        return record(actor, Action.READ_AUDIT, patientId, null, null).flatMap(recorded -> ofPatient(patientId, page));
    }

    private Uni<List<AuditEvent>> ofPatient(UUID patientId, AuditPage page) {
        return find("patientId", Sort.descending("occurredAt").and("id", Sort.Direction.Descending), patientId)
                .range(page.firstRow(), page.lastRow()).list();
    }

    private Uni<Void> record(String actor, Action action, UUID patientId, UUID tumorId, Map<String, Change> changes) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now(clock);
        event.actor = actor;
        event.action = action;
        event.patientId = patientId;
        event.tumorId = tumorId;
        event.changes = changes;
        return persist(event).replaceWithVoid();
    }
}
