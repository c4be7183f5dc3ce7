package org.cancerregistry.abstracting.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;

/**
 * Not ready while an event has waited in the outbox longer than {@code outbox.max-unpublished-age} (set-aside events
 * do not count: they wait for a manager, and are shown as {@code setAside}): the
 * service would otherwise go on accepting data that never reaches the services downstream.
 */
@Readiness
@ApplicationScoped
class OutboxHealthCheck implements AsyncHealthCheck {

    static final String NAME = "Outbox backlog";

    private final OutboxMonitor monitor;
    private final Duration maxUnpublishedAge;
    private final Clock clock;

    OutboxHealthCheck(OutboxMonitor monitor,
            @ConfigProperty(name = "outbox.max-unpublished-age", defaultValue = "PT30S") Duration maxUnpublishedAge, Clock clock) {
        this.monitor = monitor;
        this.maxUnpublishedAge = maxUnpublishedAge;
        this.clock = clock;
    }

    // Asynchronous on the reactive pool: readiness is polled often, and the JDBC pool has two connections only.
    @Override
    public Uni<HealthCheckResponse> call() {
        return monitor.measure().map(backlog -> {
            Duration oldestAge = backlog.oldestAge(Instant.now(clock));
            return HealthCheckResponse.named(NAME)
                    .status(oldestAge.compareTo(maxUnpublishedAge) <= 0)
                    .withData("unpublished", backlog.unpublished())
                    .withData("oldestUnpublishedAgeSeconds", oldestAge.toSeconds())
                    .withData("setAside", backlog.setAside())
                    .build();
        }).onFailure().recoverWithItem(failure -> HealthCheckResponse.named(NAME).down()
                .withData("failure", failure.getClass().getSimpleName())
                .build());
    }
}
