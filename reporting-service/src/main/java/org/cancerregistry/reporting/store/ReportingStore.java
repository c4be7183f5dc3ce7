package org.cancerregistry.reporting.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.cancerregistry.reporting.event.ProcessedEvents;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Keeps the latest items of every patient and tumor for exports, once per event: a tumor's items
 * are replaced only by a higher abstract version, every version is kept, and a patient's items only
 * by a newer event. Follow-up results move the date of last contact forward.
 */
@ApplicationScoped
public class ReportingStore {

    private final ProcessedEvents processed;

    ReportingStore(ProcessedEvents processed) {
        this.processed = processed;
    }

    public Uni<Void> abstractChanged(TumorAbstractChanged event) {
        return Panache.withTransaction(() -> processed.firstTime(event.eventId(), TumorAbstractChanged.TOPIC)
                .flatMap(first -> first ? storeAbstract(event) : Uni.createFrom().voidItem()));
    }

    public Uni<Void> followUpRecorded(FollowUpRecorded result) {
        return Panache.withTransaction(() -> processed.firstTime(result.eventId(), FollowUpRecorded.TOPIC)
                .flatMap(first -> first ? storeFollowUp(result) : Uni.createFrom().voidItem()));
    }

    // JSON goes in as text and is cast in SQL: a parameter PostgreSQL types as jsonb would be sent as a JSON string.
    private Uni<Void> storeAbstract(TumorAbstractChanged event) {
        String patientItems = json(event.patientItems());
        String tumorItems = json(event.tumorItems());
        String failingEdits = event.failingEdits() == null ? null : new JsonArray(List.copyOf(event.failingEdits())).encode();
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                INSERT INTO reported_patient (patient_id, items, items_as_of) VALUES (?1, cast(cast(?2 AS text) AS jsonb), ?3)
                ON CONFLICT (patient_id) DO UPDATE SET items = excluded.items, items_as_of = excluded.items_as_of
                WHERE reported_patient.items_as_of < excluded.items_as_of""")
                .setParameter(1, event.patientId()).setParameter(2, patientItems).setParameter(3, event.occurredAt())
                .executeUpdate()
                .flatMap(x -> session.createNativeQuery("""
                        INSERT INTO reported_tumor (tumor_id, patient_id, abstract_version, items, diagnosis_year, changed_at, failing_edits)
                        VALUES (?1, ?2, ?3, cast(cast(?4 AS text) AS jsonb), ?5, ?6, %s)
                        ON CONFLICT (tumor_id) DO UPDATE SET abstract_version = excluded.abstract_version, items = excluded.items,
                            diagnosis_year = excluded.diagnosis_year, changed_at = excluded.changed_at, failing_edits = excluded.failing_edits
                        WHERE reported_tumor.abstract_version < excluded.abstract_version""".formatted(failingEdits(7)))
                        .setParameter(1, event.tumorId()).setParameter(2, event.patientId()).setParameter(3, event.abstractVersion())
                        .setParameter(4, tumorItems).setParameter(5, year(event.tumorItems().get("dateOfDiagnosis")))
                        .setParameter(6, event.occurredAt()).setParameter(7, failingEdits)
                        .executeUpdate())
                .flatMap(x -> session.createNativeQuery("""
                        INSERT INTO reported_tumor_version (tumor_id, abstract_version, patient_items, tumor_items, received_at, failing_edits)
                        VALUES (?1, ?2, cast(cast(?3 AS text) AS jsonb), cast(cast(?4 AS text) AS jsonb), now(), %s)
                        ON CONFLICT DO NOTHING""".formatted(failingEdits(5)))
                        .setParameter(1, event.tumorId()).setParameter(2, event.abstractVersion())
                        .setParameter(3, patientItems).setParameter(4, tumorItems).setParameter(5, failingEdits)
                        .executeUpdate()))
                .replaceWithVoid();
    }

    private Uni<Void> storeFollowUp(FollowUpRecorded result) {
        String lastContact = "0".equals(result.vitalStatus()) && result.dateOfDeath() != null ? result.dateOfDeath() : result.contactDate();
        // NAACCR full dates (YYYYMMDD) compare as text; a partial stored date sorts before any full date of its period.
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                UPDATE reported_patient SET items = items
                    || jsonb_build_object('vitalStatus', cast(?2 AS text))
                    || CASE WHEN coalesce(items ->> 'dateOfLastContact', '') < ?3
                            THEN jsonb_build_object('dateOfLastContact', cast(?3 AS text)) ELSE '{}'::jsonb END
                WHERE patient_id = ?1""")
                .setParameter(1, result.patientId()).setParameter(2, result.vitalStatus()).setParameter(3, lastContact)
                .executeUpdate())
                .replaceWithVoid();
    }

    /** The failing edits, bound as a JSON array or null, as a text[] expression. */
    private static String failingEdits(int parameter) {
        return "CASE WHEN cast(?%1$d AS text) IS NULL THEN NULL ELSE ARRAY(SELECT jsonb_array_elements_text(cast(cast(?%1$d AS text) AS jsonb))) END"
                .formatted(parameter);
    }

    private static String json(Map<String, String> items) {
        return new JsonObject(new HashMap<String, Object>(items)).encode();
    }

    private static Integer year(String naaccrDate) {
        return naaccrDate != null && naaccrDate.length() >= 4 && naaccrDate.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Integer.valueOf(naaccrDate.substring(0, 4)) : null;
    }
}
