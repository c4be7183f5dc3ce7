package org.cancerregistry.abstracting.tumor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.cancerregistry.abstracting.edits.AbstractRecord;
import org.cancerregistry.abstracting.edits.EditFailure;
import org.cancerregistry.abstracting.edits.EditsEngine;
import org.cancerregistry.abstracting.event.TumorAbstractChanged;
import org.cancerregistry.abstracting.outbox.Outbox;
import org.cancerregistry.abstracting.patient.Patient;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Writes TumorAbstractChanged events to the outbox, inside the transaction that changed the abstract. */
@ApplicationScoped
public class AbstractEvents {

    private final Outbox outbox;
    private final EditsEngine edits;
    private final Clock clock;

    AbstractEvents(Outbox outbox, EditsEngine edits, Clock clock) {
        this.outbox = outbox;
        this.edits = edits;
        this.clock = clock;
    }

    public Uni<Void> publish(Patient patient, Tumor tumor, String change) {
        // Every published change moves the tumor's version on, even one that changed patient items only,
        // so that consumers can keep the highest abstractVersion.
        return Panache.getSession().flatMap(session -> session.lock(tumor, LockModeType.OPTIMISTIC_FORCE_INCREMENT))
                .flatMap(locked -> write(patient, tumor, change));
    }

    private Uni<Void> write(Patient patient, Tumor tumor, String change) {
        int abstractVersion = tumor.version + 1;
        List<String> failingEdits = edits.run(new AbstractRecord(patient.items, tumor.items)).stream()
                .map(EditFailure::editId).distinct().toList();
        TumorAbstractChanged event = new TumorAbstractChanged(UUID.randomUUID(), Instant.now(clock),
                TumorAbstractChanged.SCHEMA_VERSION, change, patient.id, tumor.id, abstractVersion,
                Map.copyOf(patient.items), Map.copyOf(tumor.items), failingEdits);
        return outbox.add(TumorAbstractChanged.TOPIC, patient.id.toString(), event.eventId(), event.occurredAt(), event)
                .replaceWithVoid();
    }
}
