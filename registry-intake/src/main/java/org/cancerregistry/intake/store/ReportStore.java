package org.cancerregistry.intake.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.cancerregistry.intake.outbox.OutboxEvent;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;

/**
 * Intake's hot path in plain SQL: one query finds what the lab sent before, and one statement stores
 * a report version, supersedes the version it corrects and adds its event to the outbox. A single
 * statement is atomic on its own, so no transaction has to be opened and committed around it; the
 * unique constraints on message control id and accession version settle two submissions racing.
 */
@ApplicationScoped
public class ReportStore {

    /** What the lab sent before under this message control id or accession number. */
    public record Earlier(UUID resentId, UUID currentId, int currentVersion, String currentSha256) {

        static final Earlier NOTHING = new Earlier(null, null, 0, null);
    }

    private static final String LOOK_UP = """
            SELECT id, message_control_id = $2 AS resent, version, content_sha256 FROM pathology_report
            WHERE lab_clia = $1 AND (message_control_id = $2 OR (accession_number = $3 AND status = 'ACCEPTED'))""";

    private static final String STORE = """
            WITH superseded AS (
                UPDATE pathology_report SET status = 'SUPERSEDED' WHERE id = $8 AND status = 'ACCEPTED'
            ), stored AS (
                INSERT INTO pathology_report (id, lab_clia, lab_name, message_control_id, received_at, status, version,
                    supersedes_id, message_format, raw_message, content_sha256, acknowledgement, accession_number,
                    report_type_loinc, report_type_name, specimen_collection_date, correction, patient_identifiers,
                    patient_last_name, patient_first_name, patient_middle_name, patient_date_of_birth, patient_sex,
                    patient_race, patient_address, ordering_facility, sections, behavior_codes, reportability,
                    screening_terms, synoptic_observations)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
                    $22, $23, $24, $25, $26, $27, $28, $29, $30, $31)
            )
            INSERT INTO outbox_event (id, topic, event_key, event_type, payload, occurred_at)
            VALUES ($32, $33, $34, $35, $36, $37)""";

    private static final String UNIQUE_VIOLATION = "23505";

    private final Pool database;

    ReportStore(Pool database) {
        this.database = database;
    }

    public Uni<Earlier> lookUp(String labClia, String messageControlId, String accessionNumber) {
        return database.preparedQuery(LOOK_UP).execute(Tuple.of(labClia, messageControlId, accessionNumber)).map(rows -> {
            Earlier earlier = Earlier.NOTHING;
            for (Row row : rows) {
                if (row.getBoolean("resent")) {
                    return new Earlier(row.getUUID("id"), null, 0, null);
                }
                if (row.getInteger("version") > earlier.currentVersion()) {
                    earlier = new Earlier(null, row.getUUID("id"), row.getInteger("version"), row.getString("content_sha256"));
                }
            }
            return earlier;
        });
    }

    /** Stores a new report version and its event, or neither. */
    public Uni<Void> store(PathologyReport report, OutboxEvent event) {
        Tuple values = Tuple.tuple()
                .addUUID(report.id).addString(report.labClia).addString(report.labName).addString(report.messageControlId)
                .addOffsetDateTime(utc(report.receivedAt)).addString(report.status.name()).addInteger(report.version)
                .addUUID(report.supersedesId).addString(report.messageFormat.name()).addString(report.rawMessage)
                .addString(report.contentSha256).addString(report.acknowledgement).addString(report.accessionNumber)
                .addString(report.reportTypeLoinc).addString(report.reportTypeName).addString(report.specimenCollectionDate)
                .addBoolean(report.correction).addString(JsonColumns.text(report.patientIdentifiers))
                .addString(report.patientLastName).addString(report.patientFirstName).addString(report.patientMiddleName)
                .addString(report.patientDateOfBirth).addString(report.patientSex).addString(report.patientRace)
                .addString(JsonColumns.text(report.patientAddress)).addString(report.orderingFacility)
                .addString(JsonColumns.text(report.sections)).addString(JsonColumns.text(report.behaviorCodes))
                .addString(report.reportability.name()).addString(JsonColumns.text(report.screeningTerms))
                .addString(JsonColumns.text(report.synopticObservations))
                .addUUID(event.id()).addString(event.topic()).addString(event.key()).addString(event.type())
                .addString(event.payload()).addOffsetDateTime(utc(event.occurredAt()));
        return database.preparedQuery(STORE).execute(values).replaceWithVoid();
    }

    /** Another submission stored the same message control id or accession version first. */
    public static boolean lostARace(Throwable failure) {
        return failure instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
