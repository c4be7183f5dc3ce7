package org.cancerregistry.followup.abstracts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.cancerregistry.followup.eligibility.CocEligibility;
import org.cancerregistry.followup.eligibility.Exclusion;
import org.cancerregistry.followup.event.ProcessedEvents;
import org.cancerregistry.followup.schedule.FollowUp;
import org.cancerregistry.followup.schedule.FollowUpRepository;
import org.cancerregistry.followup.schedule.FollowUpStatus;
import org.cancerregistry.followup.schedule.PartialDates;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Takes a completed or changed abstract into the follow-up schedule, once per event: the patient's
 * identity and last contact, the tumor's eligibility by the CoC rules, and the patient's next due date.
 */
@ApplicationScoped
public class AbstractIntake {

    private final ProcessedEvents processed;
    private final FollowUpRepository followUps;
    private final FollowedTumorRepository tumors;
    private final Clock clock;

    AbstractIntake(ProcessedEvents processed, FollowUpRepository followUps, FollowedTumorRepository tumors, Clock clock) {
        this.processed = processed;
        this.followUps = followUps;
        this.tumors = tumors;
        this.clock = clock;
    }

    public Uni<Void> receive(TumorAbstractChanged event) {
        return Panache.withTransaction(() -> processed.firstTime(event.eventId(), TumorAbstractChanged.TOPIC)
                .flatMap(first -> first ? apply(event) : Uni.createFrom().voidItem()));
    }

    private Uni<Void> apply(TumorAbstractChanged event) {
        return tumors.findById(event.tumorId())
                .flatMap(tumor -> tumor != null && tumor.abstractVersion >= event.abstractVersion()
                        ? Uni.createFrom().item(tumor)
                        : storeTumor(tumor, event))
                .flatMap(stored -> followUps.findById(event.patientId()))
                .flatMap(existing -> {
                    FollowUp followUp = existing != null ? existing : newFollowUp(event);
                    takePatientItems(followUp, event.patientItems(), event.tumorItems());
                    return tumors.ofPatient(event.patientId()).flatMap(all -> {
                        decideEligibility(followUp, all);
                        followUp.reschedule(LocalDate.now(clock));
                        return existing != null ? Uni.createFrom().voidItem() : followUps.persist(followUp).replaceWithVoid();
                    });
                });
    }

    private Uni<FollowedTumor> storeTumor(FollowedTumor known, TumorAbstractChanged event) {
        FollowedTumor tumor = known != null ? known : new FollowedTumor();
        tumor.tumorId = event.tumorId();
        tumor.patientId = event.patientId();
        tumor.abstractVersion = event.abstractVersion();
        tumor.items = Map.copyOf(event.tumorItems());
        Optional<Exclusion> exclusion = CocEligibility.exclusion(event.patientItems(), event.tumorItems());
        tumor.eligible = exclusion.isEmpty();
        tumor.exclusion = exclusion.map(Exclusion::code).orElse(null);
        tumor.diagnosisYear = year(event.tumorItems().get("dateOfDiagnosis"));
        if (known != null) {
            return Uni.createFrom().item(tumor);
        }
        // The patient row must exist before its tumor refers to it.
        return followUps.findById(event.patientId())
                .flatMap(patient -> patient != null ? Uni.createFrom().item(patient) : followUps.persist(newFollowUp(event)))
                .flatMap(patient -> Panache.getSession().flatMap(session -> session.flush()))
                .flatMap(flushed -> tumors.persist(tumor));
    }

    private static FollowUp newFollowUp(TumorAbstractChanged event) {
        FollowUp followUp = new FollowUp();
        followUp.patientId = event.patientId();
        followUp.status = FollowUpStatus.CURRENT;
        followUp.updatedAt = Instant.now();
        return followUp;
    }

    /** The abstract's view of the patient, except a last contact older than one this service already knows. */
    private static void takePatientItems(FollowUp followUp, Map<String, String> patient, Map<String, String> tumor) {
        followUp.patientItems = Map.copyOf(patient);
        followUp.nameLast = patient.get("nameLast");
        followUp.nameFirst = patient.get("nameFirst");
        followUp.dateOfBirth = patient.get("dateOfBirth");
        followUp.reportingFacility = tumor.get("reportingFacility");
        if (tumor.get("physicianFollowUp") != null) {
            followUp.physician = tumor.get("physicianFollowUp");
        }
        followUp.primarySite = tumor.get("primarySite");
        String contact = patient.get("dateOfLastContact");
        if (contact != null && later(contact, followUp.dateOfLastContact)) {
            followUp.dateOfLastContact = contact;
        }
        if (patient.get("vitalStatus") != null) {
            followUp.vitalStatus = patient.get("vitalStatus");
        }
    }

    private static void decideEligibility(FollowUp followUp, List<FollowedTumor> tumors) {
        List<FollowedTumor> eligible = tumors.stream().filter(t -> t.eligible).toList();
        followUp.eligible = !eligible.isEmpty();
        followUp.exclusion = eligible.isEmpty() && !tumors.isEmpty() ? tumors.get(0).exclusion : null;
        followUp.diagnosisYear = (eligible.isEmpty() ? tumors : eligible).stream()
                .map(t -> t.diagnosisYear).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    static boolean later(String candidate, String known) {
        if (known == null || known.isBlank()) {
            return true;
        }
        Optional<LocalDate> a = PartialDates.assumed(candidate);
        Optional<LocalDate> b = PartialDates.assumed(known);
        return a.isPresent() && (b.isEmpty() || a.get().isAfter(b.get()));
    }

    private static Integer year(String naaccrDate) {
        return naaccrDate != null && naaccrDate.length() >= 4 && naaccrDate.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Integer.valueOf(naaccrDate.substring(0, 4)) : null;
    }
}
