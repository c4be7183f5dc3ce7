package org.cancerregistry.intake.outbox;

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

    // Reads the partial index outbox_event_unpublished only.
    private static final String BACKLOG = """
            SELECT count(*) FILTER (WHERE set_aside_at IS NULL) AS unpublished,
                   min(occurred_at) FILTER (WHERE set_aside_at IS NULL) AS oldest,
                   count(*) FILTER (WHERE set_aside_at IS NOT NULL) AS set_aside
            FROM outbox_event WHERE published_at IS NULL""";

    private final Pool database;
    private final AtomicReference<OutboxBacklog> measured = new AtomicReference<>(OutboxBacklog.NONE);
    private final Counter relayFailures;

    OutboxMonitor(Pool database, MeterRegistry meters, Clock clock) {
        this.database = database;
        Gauge.builder("outbox.unpublished", measured, last -> last.get().unpublished())
                .description("Events in the outbox not yet published to Kafka, at the last measurement")
                .register(meters);
        Gauge.builder("outbox.oldest.unpublished.age", measured, last -> last.get().oldestAge(clock.instant()).toMillis() / 1000.0)
                .description("How long the oldest event not yet published to Kafka has waited in the outbox")
                .baseUnit("seconds")
                .register(meters);
        Gauge.builder("outbox.set.aside", measured, last -> last.get().setAside())
                .description("Events the relay set aside because they cannot be published, at the last measurement")
                .register(meters);
        relayFailures = Counter.builder("outbox.relay.failures")
                .description("Outbox relay runs that failed; each is retried on the next run")
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
