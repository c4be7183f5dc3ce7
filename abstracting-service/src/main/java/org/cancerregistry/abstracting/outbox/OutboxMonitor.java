package org.cancerregistry.abstracting.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Measures the outbox's backlog and shows it, with the relay's failed runs, as metrics. Each relay run
 * and each readiness check measures; a scrape reads the last measurement and costs no query. The age
 * is counted from the oldest event's time at scrape time, so it keeps growing while nothing measures.
 */
@Startup
@ApplicationScoped
class OutboxMonitor {

    // Reads the partial indexes outbox_event_unpublished and outbox_event_set_aside only. Set-aside events wait for a
    // manager, not for the relay: they are counted on their own and not in the age.
    private static final String BACKLOG = """
            SELECT (SELECT count(*) FROM outbox_event WHERE published_at IS NULL AND set_aside_at IS NULL) AS unpublished,
                (SELECT min(occurred_at) FROM outbox_event WHERE published_at IS NULL AND set_aside_at IS NULL) AS oldest,
                (SELECT count(*) FROM outbox_event WHERE published_at IS NULL AND set_aside_at IS NOT NULL) AS set_aside""";

    private final Pool database;
    private final AtomicReference<OutboxBacklog> measured = new AtomicReference<>(OutboxBacklog.NONE);
    private final Counter relayFailures;

    OutboxMonitor(Pool database, MeterRegistry meters, Clock clock) {
        this.database = database;
        Gauge.builder("outbox.unpublished", measured, last -> last.get().unpublished())
                .description("Events in the outbox not yet published to Kafka, at the last measurement")
                .register(meters);
        Gauge.builder("outbox.oldest.unpublished.age", measured, last -> last.get().oldestAge(Instant.now(clock)).toMillis() / 1000.0)
                .description("How long the oldest event not yet published to Kafka has waited in the outbox")
                .baseUnit("seconds")
                .register(meters);
        Gauge.builder("outbox.set.aside", measured, last -> last.get().setAside())
                .description("Events set aside because they cannot be published, waiting for a manager's retry")
                .register(meters);
        relayFailures = Counter.builder("outbox.relay.failures")
                .description("Outbox relay runs that failed or left events unpublished; those are retried on the next run")
                .register(meters);
    }

    Uni<OutboxBacklog> measure() {
        return database.query(BACKLOG).execute().map(rows -> {
            Row row = rows.iterator().next();
            Optional<Instant> oldest = Optional.ofNullable(row.getOffsetDateTime("oldest")).map(OffsetDateTime::toInstant);
            return new OutboxBacklog(row.getLong("unpublished"), oldest, row.getLong("set_aside"));
        }).invoke(measured::set);
    }

    /** Measures in the background, for the gauges. */
    void refreshGauges() {
        // A failed measurement leaves the last one in place; readiness shows a database that does not answer.
        measure().subscribe().with(backlog -> { }, failure -> { });
    }

    void relayFailed() {
        relayFailures.increment();
    }
}
