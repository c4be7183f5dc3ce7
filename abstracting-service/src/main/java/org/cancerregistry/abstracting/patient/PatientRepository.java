package org.cancerregistry.abstracting.patient;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class PatientRepository implements PanacheRepositoryBase<Patient, UUID> {

    /** The next NAACCR patientIdNumber: 8 digits, zero-padded. */
    public Uni<String> nextPatientIdNumber() {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT nextval('patient_id_number')", Long.class).getSingleResult())
                .map(number -> String.format("%08d", number));
    }

    /** Remembers the identifiers a report gave for the patient. */
    public Uni<Void> addIdentifiers(UUID patientId, List<ReportedPatientItems.Identifier> identifiers) {
        if (identifiers.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().flatMap(session -> session.flush().replaceWith(session)).flatMap(session -> session.createNativeQuery("""
                INSERT INTO patient_identifier (patient_id, type, value)
                SELECT ?1, t, v FROM unnest(cast(?2 AS varchar[]), cast(?3 AS varchar[])) AS i(t, v) ON CONFLICT DO NOTHING""")
                .setParameter(1, patientId)
                .setParameter(2, identifiers.stream().map(ReportedPatientItems.Identifier::type).toArray(String[]::new))
                .setParameter(3, identifiers.stream().map(ReportedPatientItems.Identifier::value).toArray(String[]::new))
                .executeUpdate())
                .replaceWithVoid();
    }

    public Uni<List<Patient>> findByIds(List<UUID> ids) {
        return list("id in ?1", ids);
    }

    /** Patients matching every given criterion (names case-insensitive, by literal prefix); a null criterion is ignored. */
    public Uni<List<Patient>> search(PatientSearch search, Page page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (search.lastName() != null) {
            query.append(" and lower(nameLast) like :last escape '\\'");
            parameters.and("last", literalPrefix(search.lastName()));
        }
        if (search.firstName() != null) {
            query.append(" and lower(nameFirst) like :first escape '\\'");
            parameters.and("first", literalPrefix(search.firstName()));
        }
        if (search.dateOfBirth() != null) {
            query.append(" and dateOfBirth = :birth");
            parameters.and("birth", search.dateOfBirth());
        }
        if (search.ssn() != null) {
            query.append(" and ssn = :ssn");
            parameters.and("ssn", search.ssn());
        }
        if (search.medicalRecordNumber() != null) {
            query.append(" and id in (select i.patientId from PatientIdentifier i where i.value = :mrn)");
            parameters.and("mrn", search.medicalRecordNumber());
        }
        if (search.accessionNumber() != null) {
            query.append(" and id in (select r.patientId from PathologyReport r where r.accessionNumber = :accession)");
            parameters.and("accession", search.accessionNumber());
        }
        return find(query.toString(), Sort.ascending("nameLast", "nameFirst", "dateOfBirth"), parameters).page(page).list();
    }

    /** A LIKE pattern for names starting with the value, its own %, _ and \ escaped so that they match only themselves. */
    static String literalPrefix(String value) {
        return value.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
