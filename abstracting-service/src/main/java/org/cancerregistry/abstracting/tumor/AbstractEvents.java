package org.cancerregistry.abstracting.tumor;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.cancerregistry.abstracting.event.TumorAbstractChanged;
import org.cancerregistry.abstracting.outbox.Outbox;
import org.cancerregistry.abstracting.patient.Patient;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Writes TumorAbstractChanged events to the outbox, inside the transaction that changed the abstract. */
@ApplicationScoped
public class AbstractEvents {

    private final Outbox outbox;
    private final Clock clock;

    AbstractEvents(Outbox outbox, Clock clock) {
        this.outbox = outbox;
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
        TumorAbstractChanged event = new TumorAbstractChanged(UUID.randomUUID(), Instant.now(clock),
                TumorAbstractChanged.SCHEMA_VERSION, change, patient.id, tumor.id, abstractVersion,
                Map.copyOf(patient.items), Map.copyOf(tumor.items));
        return outbox.add(TumorAbstractChanged.TOPIC, patient.id.toString(), event.eventId(), event.occurredAt(), event)
                .replaceWithVoid();
    }
}
