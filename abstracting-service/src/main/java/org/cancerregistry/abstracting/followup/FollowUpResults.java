package org.cancerregistry.abstracting.followup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import org.cancerregistry.abstracting.audit.AuditEvent.Change;
import org.cancerregistry.abstracting.audit.AuditTrail;
import org.cancerregistry.abstracting.event.ProcessedEvents;
import org.cancerregistry.abstracting.event.TumorAbstractChanged;
import org.cancerregistry.abstracting.patient.Patient;
import org.cancerregistry.abstracting.patient.PatientRepository;
import org.cancerregistry.abstracting.tumor.AbstractEvents;
import org.cancerregistry.abstracting.tumor.AbstractStatus;
import org.cancerregistry.abstracting.tumor.Tumor;
import org.cancerregistry.abstracting.tumor.TumorRepository;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Takes a follow-up result into the patient's record: date of last contact (never moved backwards),
 * vital status, and the cancer status of each tumor. Completed abstracts publish the update.
 */
@ApplicationScoped
public class FollowUpResults {

    private static final Logger LOG = Logger.getLogger(FollowUpResults.class);
    static final String ACTOR = "followup-service";

    private final ProcessedEvents processed;
    private final PatientRepository patients;
    private final TumorRepository tumors;
    private final AuditTrail audit;
    private final AbstractEvents events;

    FollowUpResults(ProcessedEvents processed, PatientRepository patients, TumorRepository tumors, AuditTrail audit,
            AbstractEvents events) {
        this.processed = processed;
        this.patients = patients;
        this.tumors = tumors;
        this.audit = audit;
        this.events = events;
    }

    public Uni<Void> record(FollowUpRecorded result) {
        return Panache.withTransaction(() -> processed.firstTime(result.eventId(), FollowUpRecorded.TOPIC)
                .flatMap(first -> first ? apply(result) : Uni.createFrom().voidItem()));
    }

    private Uni<Void> apply(FollowUpRecorded result) {
        return patients.findById(result.patientId()).flatMap(patient -> {
            if (patient == null) {
                LOG.warnf("Follow-up result %s names no known patient; ignored", result.eventId());
                return Uni.createFrom().voidItem();
            }
            Map<String, Change> patientChanges = new LinkedHashMap<>();
            String lastContact = "0".equals(result.vitalStatus()) && result.dateOfDeath() != null ? result.dateOfDeath()
                    : result.contactDate();
            String current = patient.items.getOrDefault("dateOfLastContact", "");
            if (lastContact != null && lastContact.compareTo(current) > 0) {
                set(patient.items, "dateOfLastContact", lastContact, patientChanges);
            }
            set(patient.items, "vitalStatus", result.vitalStatus(), patientChanges);
            return tumors.ofPatient(patient.id).flatMap(list -> Multi.createFrom().iterable(list)
                    .onItem().transformToUniAndConcatenate(tumor -> applyToTumor(patient, tumor, result, patientChanges))
                    .collect().asList())
                    .flatMap(done -> audit.changed(ACTOR, patient.id, null, patientChanges));
        });
    }

    private Uni<Void> applyToTumor(Patient patient, Tumor tumor, FollowUpRecorded result, Map<String, Change> patientChanges) {
        Map<String, Change> changes = new LinkedHashMap<>();
        if (result.cancerStatus() != null && !result.cancerStatus().isBlank()) {
            set(tumor.items, "cancerStatus", result.cancerStatus(), changes);
            set(tumor.items, "dateOfLastCancerStatus", result.contactDate(), changes);
        }
        boolean changed = !changes.isEmpty() || !patientChanges.isEmpty();
        return audit.changed(ACTOR, patient.id, tumor.id, changes)
                .flatMap(x -> changed && tumor.status == AbstractStatus.COMPLETED
                        ? events.publish(patient, tumor, TumorAbstractChanged.UPDATED)
                        : Uni.createFrom().voidItem());
    }

    private static void set(Map<String, String> items, String naaccrId, String value, Map<String, Change> changes) {
        if (value == null || value.isBlank() || Objects.equals(items.get(naaccrId), value)) {
            return;
        }
        changes.put(naaccrId, new Change(items.get(naaccrId), value));
        items.put(naaccrId, value);
    }
}
