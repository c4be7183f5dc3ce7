package org.cancerregistry.abstracting.patient;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.cancerregistry.abstracting.linkage.BlockingKeys;
import org.cancerregistry.abstracting.linkage.LinkageScore;
import org.cancerregistry.abstracting.linkage.PatientLinkage;
import org.cancerregistry.abstracting.linkage.PatientMatcher;
import org.cancerregistry.abstracting.linkage.PersonRecord;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Links a reported person to a registry patient. Candidates come from the indexed blocking keys,
 * never from a scan of all patients; each candidate is scored and the best one decides.
 */
@ApplicationScoped
public class PatientLinker {

    private static final int MAX_CANDIDATES = 200;

    private final PatientMatcher matcher;
    private final PatientRepository patients;
    private final Timer linkTime;

    PatientLinker(PatientRepository patients, MeterRegistry meters, LinkagePolicy policy) {
        this.matcher = new PatientMatcher(policy.thresholds());
        this.patients = patients;
        // A histogram, so that percentiles can be read over any interval; 20 ms is the linkage target.
        this.linkTime = Timer.builder("patient.linkage").description("Time to link one reported person to a registry patient")
                .publishPercentileHistogram().serviceLevelObjectives(Duration.ofMillis(20)).register(meters);
    }

    public Uni<PatientLinkage> link(PersonRecord reported) {
        return Uni.createFrom().deferred(() -> {
            Timer.Sample started = Timer.start();
            Set<String> keys = BlockingKeys.of(reported);
            return candidates(keys).map(candidates -> candidates.stream()
                    .map(candidate -> {
                        LinkageScore score = matcher.compare(reported, personOf(candidate.items));
                        return new PatientLinkage(score.decision(), candidate.id, score.weight(), score.rule(), score.fields());
                    })
                    .max(Comparator.comparingDouble(PatientLinkage::weight))
                    .orElseGet(PatientLinkage::noCandidate))
                    .onTermination().invoke(() -> started.stop(linkTime));
        });
    }

    /** Replaces the patient's blocking keys after its items changed. */
    public Uni<Void> index(Patient patient) {
        Set<String> keys = BlockingKeys.of(personOf(patient.items));
        // Flushed first: the keys refer to the patient row, which Hibernate may not have written yet.
        return Panache.getSession().flatMap(session -> session.flush().replaceWith(session)).flatMap(session -> session
                .createNativeQuery("DELETE FROM patient_blocking_key WHERE patient_id = ?1")
                .setParameter(1, patient.id)
                .executeUpdate()
                .flatMap(deleted -> keys.isEmpty() ? Uni.createFrom().item(0) : session.createNativeQuery("""
                        INSERT INTO patient_blocking_key (blocking_key, patient_id)
                        SELECT key, ?1 FROM unnest(cast(?2 AS varchar[])) AS key ON CONFLICT DO NOTHING""")
                        .setParameter(1, patient.id)
                        .setParameter(2, keys.toArray(String[]::new))
                        .executeUpdate()))
                .replaceWithVoid();
    }

    /**
     * At most {@link #MAX_CANDIDATES} patients: when a common name and birth year bring more, those sharing the SSN
     * and then the most keys come first, so the true match is never among the ones left out.
     */
    private Uni<List<Patient>> candidates(Set<String> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                SELECT patient_id FROM patient_blocking_key WHERE blocking_key = ANY (cast(?1 AS varchar[]))
                GROUP BY patient_id
                ORDER BY bool_or(blocking_key LIKE 'SSN:%') DESC, count(*) DESC
                LIMIT ?2""",
                UUID.class)
                .setParameter(1, keys.toArray(String[]::new))
                .setParameter(2, MAX_CANDIDATES)
                .getResultList())
                .flatMap(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<Patient>of()) : patients.findByIds(ids));
    }

    /** The person a patient's items describe, as the matcher compares people. */
    public static PersonRecord personOf(Map<String, String> items) {
        return new PersonRecord(items.getOrDefault("nameLast", ""), items.getOrDefault("nameFirst", ""),
                items.getOrDefault("nameMiddle", ""), items.getOrDefault("dateOfBirth", ""),
                items.getOrDefault("sexAssignedAtBirth", ""), items.getOrDefault("socialSecurityNumber", ""),
                items.getOrDefault("addrCurrentPostalCode", ""), items.getOrDefault("nameBirthSurname", ""));
    }
}
