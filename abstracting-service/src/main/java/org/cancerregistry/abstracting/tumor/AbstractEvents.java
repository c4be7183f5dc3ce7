package org.cancerregistry.abstracting.tumor;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.cancerregistry.abstracting.event.TumorAbstractChanged;
import org.cancerregistry.abstracting.outbox.Outbox;
import org.cancerregistry.abstracting.patient.Patient;

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
        // The version the tumor will have once this transaction commits.
        int abstractVersion = tumor.version + 1;
        TumorAbstractChanged event = new TumorAbstractChanged(UUID.randomUUID(), Instant.now(clock),
                TumorAbstractChanged.SCHEMA_VERSION, change, patient.id, tumor.id, abstractVersion,
                Map.copyOf(patient.items), Map.copyOf(tumor.items));
        return outbox.add(TumorAbstractChanged.TOPIC, patient.id.toString(), event.eventId(), event.occurredAt(), event)
                .replaceWithVoid();
    }
}
