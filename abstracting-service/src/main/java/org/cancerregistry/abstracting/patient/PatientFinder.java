package org.cancerregistry.abstracting.patient;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.cancerregistry.abstracting.audit.AuditTrail;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The patient search of the API and the registrar's page: the patients a search finds, each listed one a read of
 * that patient's record in the audit trail, in the same transaction.
 */
@ApplicationScoped
public class PatientFinder {

    private final PatientRepository patients;
    private final AuditTrail audit;

    PatientFinder(PatientRepository patients, AuditTrail audit) {
        this.patients = patients;
        this.audit = audit;
    }

    public Uni<List<Patient>> find(PatientSearch search, Page page, String actor) {
        return Panache.withTransaction(() -> patients.search(search, page)
                .flatMap(found -> Multi.createFrom().iterable(found)
                        .onItem().transformToUniAndConcatenate(patient -> audit.read(actor, patient.id, null))
                        .collect().asList()
                        .replaceWith(found)));
    }
}
