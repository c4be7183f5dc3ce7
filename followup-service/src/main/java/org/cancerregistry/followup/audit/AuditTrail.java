package org.cancerregistry.followup.audit;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Appends to the audit trail, chained by hash, before the data it records is answered. Appends are
 * serialised by a transaction-level advisory lock taken before the last row's hash is read, so that two
 * transactions never chain onto the same row. Rows are only ever inserted.
 */
@ApplicationScoped
public class AuditTrail {

    /** The advisory lock of the audit chain ("audt"). */
    static final long CHAIN_LOCK = 0x61756474L;

    private static final String INSERT = """
            INSERT INTO audit_event (occurred_at, actor, action, patient_id, subject, details, previous_hash, row_hash)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""";

    private final Pool database;

    AuditTrail(Pool database) {
        this.database = database;
    }

    public Uni<Void> append(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return database.withTransaction(transaction -> transaction.preparedQuery("SELECT 1 FROM pg_advisory_xact_lock($1)")
                .execute(Tuple.of(CHAIN_LOCK))
                .flatMap(locked -> transaction.query("SELECT row_hash FROM audit_event ORDER BY id DESC LIMIT 1").execute())
                .map(last -> last.size() == 0 ? AuditHash.GENESIS : last.iterator().next().getString("row_hash"))
                .flatMap(previous -> insert(transaction, records, previous)));
    }

    private static Uni<Void> insert(SqlConnection transaction, List<AuditRecord> records, String first) {
        List<Tuple> rows = new ArrayList<>(records.size());
        String previous = first;
        for (AuditRecord record : records) {
            String details = AuditHash.details(record.details());
            String hash = AuditHash.of(record, details, previous);
            rows.add(Tuple.tuple().addValue(record.occurredAt().atOffset(ZoneOffset.UTC)).addString(record.actor())
                    .addString(record.action()).addValue(record.patientId()).addString(record.subject())
                    .addValue(new JsonObject(details)).addString(previous).addString(hash));
            previous = hash;
        }
        return transaction.preparedQuery(INSERT).executeBatch(rows).replaceWithVoid();
    }
}
