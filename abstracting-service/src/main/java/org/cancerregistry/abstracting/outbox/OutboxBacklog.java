package org.cancerregistry.abstracting.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What waits in the outbox: how many events wait for the relay, when the oldest of them occurred, and how many are
 * set aside for a manager.
 */
record OutboxBacklog(long unpublished, Optional<Instant> oldestOccurredAt, long setAside) {

    static final OutboxBacklog NONE = new OutboxBacklog(0, Optional.empty(), 0);

    /** How long the oldest unpublished event has waited at {@code now}; zero when none waits. */
    Duration oldestAge(Instant now) {
        return oldestOccurredAt.map(oldest -> Duration.between(oldest, now))
                .filter(age -> !age.isNegative())
                .orElse(Duration.ZERO);
    }
}
