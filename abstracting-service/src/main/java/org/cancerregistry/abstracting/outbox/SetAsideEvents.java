package org.cancerregistry.abstracting.outbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** The outbox events the relay set aside, for a manager: listed without payload or key, and put back in line on retry. */
@ApplicationScoped
public class SetAsideEvents {

    private static final Logger LOG = Logger.getLogger(SetAsideEvents.class);

    /** A set-aside event as listed: what and why, never its payload or key. */
    public record SetAsideEvent(UUID id, String topic, String eventType, Instant occurredAt, Instant setAsideAt, String reason,
            int failedAttempts) {
    }

    private final Pool database;

    SetAsideEvents(Pool database) {
        this.database = database;
    }

    /** Newest set aside first. */
    public Uni<List<SetAsideEvent>> newestFirst(int page, int size) {
        return database.preparedQuery("""
                SELECT id, topic, event_type, occurred_at, set_aside_at, set_aside_reason, failed_attempts FROM outbox_event
                WHERE published_at IS NULL AND set_aside_at IS NOT NULL ORDER BY set_aside_at DESC, id LIMIT $1 OFFSET $2""")
                .execute(Tuple.of(size, (long) page * size))
                .map(rows -> {
                    List<SetAsideEvent> events = new ArrayList<>();
                    rows.forEach(row -> events.add(of(row)));
                    return events;
                });
    }

    /** Puts a set-aside event back in line for the relay, its failures forgotten: after the cause was fixed. */
    public Uni<SetAsideEvent> retry(UUID id, String actor) {
        return database.preparedQuery("""
                UPDATE outbox_event SET set_aside_at = NULL, set_aside_reason = NULL, failed_attempts = 0
                WHERE id = $1 AND published_at IS NULL AND set_aside_at IS NOT NULL
                RETURNING id, topic, event_type, occurred_at, set_aside_at, set_aside_reason, failed_attempts""")
                .execute(Tuple.of(id))
                .map(rows -> {
                    if (rows.rowCount() == 0) {
                        throw new NotFoundException("No set-aside outbox event " + id);
                    }
                    LOG.infof("Outbox event %s put back for the relay by %s", id, actor);
                    return of(rows.iterator().next());
                });
    }

    private static SetAsideEvent of(Row row) {
        OffsetDateTime setAsideAt = row.getOffsetDateTime("set_aside_at");
        return new SetAsideEvent(row.getUUID("id"), row.getString("topic"), row.getString("event_type"),
                row.getOffsetDateTime("occurred_at").toInstant(), setAsideAt == null ? null : setAsideAt.toInstant(),
                row.getString("set_aside_reason"), row.getInteger("failed_attempts"));
    }
}
