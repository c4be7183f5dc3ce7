package org.cancerregistry.abstracting.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The hash chain of the audit trail. The database chains each row as it is inserted (migration V3: the trigger
 * audit_event_chain and the function audit_event_canonical); this class recomputes the chain on its own, page by page
 * in id order, so that a row changed, inserted or deleted behind the service's back shows.
 */
@ApplicationScoped
public class AuditChain {

    static final int PAGE = 1000;

    private static final DateTimeFormatter OCCURRED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    // Rows up to the last id seen when the verification started: rows written meanwhile are left for the next one.
    private static final String ROWS = """
            SELECT id, occurred_at, actor, action, patient_id, tumor_id, changes::text AS changes, previous_hash, row_hash
            FROM audit_event WHERE id > $1 AND id <= $2 ORDER BY id LIMIT $3""";

    /** The result of a verification: valid when every row's hash and link to the row before hold. */
    public record Verification(boolean valid, long rows, Long firstInvalidId, String lastHash) {
    }

    /** One audit row as stored, with the fields the hash covers. */
    record StoredRow(long id, Instant occurredAt, String actor, String action, UUID patientId, UUID tumorId, String changes,
            String previousHash, String rowHash) {

        String expectedHash() {
            return hash(canonical(id, occurredAt, actor, action, patientId, tumorId, changes, previousHash));
        }
    }

    private record Progress(long afterId, long rows, String lastHash, Long firstInvalidId) {

        Progress next(StoredRow row) {
            boolean valid = Objects.equals(row.previousHash(), lastHash) && row.expectedHash().equals(row.rowHash());
            // The stored hash carries the chain on: one changed row is reported alone, not every row after it.
            Long firstInvalid = firstInvalidId == null && !valid ? Long.valueOf(row.id()) : firstInvalidId;
            return new Progress(row.id(), rows + 1, row.rowHash(), firstInvalid);
        }

        Verification result() {
            return new Verification(firstInvalidId == null, rows, firstInvalidId, lastHash);
        }
    }

    private final Pool database;

    AuditChain(Pool database) {
        this.database = database;
    }

    /** Recomputes the whole chain, PAGE rows at a time; never more than one page in memory. */
    public Uni<Verification> verify() {
        return database.query("SELECT coalesce(max(id), 0) AS last FROM audit_event").execute()
                .map(rows -> rows.iterator().next().getLong("last"))
                .flatMap(lastId -> {
                    AtomicReference<Progress> progress = new AtomicReference<>(new Progress(0, 0, null, null));
                    return Multi.createBy().repeating()
                            .uni(() -> nextPage(progress, lastId))
                            .whilst(fetched -> fetched == PAGE)
                            .collect().last()
                            .map(ignored -> progress.get().result());
                });
    }

    private Uni<Integer> nextPage(AtomicReference<Progress> progress, long lastId) {
        return database.preparedQuery(ROWS).execute(Tuple.of(progress.get().afterId(), lastId, PAGE)).map(rows -> {
            Progress current = progress.get();
            for (Row row : rows) {
                current = current.next(stored(row));
            }
            progress.set(current);
            return rows.size();
        });
    }

    private static StoredRow stored(Row row) {
        return new StoredRow(row.getLong("id"), row.getOffsetDateTime("occurred_at").toInstant(), row.getString("actor"),
                row.getString("action"), row.getUUID("patient_id"), row.getUUID("tumor_id"), row.getString("changes"),
                row.getString("previous_hash"), row.getString("row_hash"));
    }

    /**
     * The canonical text of a row, exactly as audit_event_canonical builds it in SQL: a version tag, then each field
     * as its length in UTF-8 bytes, ':' and the value ('-' for null), separated by '|'. changes is the JSONB value as
     * PostgreSQL prints it.
     */
    static String canonical(long id, Instant occurredAt, String actor, String action, UUID patientId, UUID tumorId,
            String changes, String previousHash) {
        return "audit_event/1"
                + "|" + field(Long.toString(id))
                + "|" + field(OCCURRED_AT.format(occurredAt))
                + "|" + field(actor)
                + "|" + field(action)
                + "|" + field(patientId == null ? null : patientId.toString())
                + "|" + field(tumorId == null ? null : tumorId.toString())
                + "|" + field(changes)
                + "|" + field(previousHash);
    }

    static String hash(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String field(String value) {
        return value == null ? "-" : value.getBytes(StandardCharsets.UTF_8).length + ":" + value;
    }
}
