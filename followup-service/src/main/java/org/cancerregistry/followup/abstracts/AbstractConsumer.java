package org.cancerregistry.followup.abstracts;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * Reads {@code tumor-abstracts}; committed after each abstract is applied, redeliveries ignored. An
 * unreadable or incomplete event goes to the dead-letter topic; a failure to store is retried first.
 */
@ApplicationScoped
public class AbstractConsumer {

    private static final Logger LOG = Logger.getLogger(AbstractConsumer.class);
    // A failure to store (database busy or restarting) is retried briefly, for about a second, while the event's own
    // partition waits; a longer outage is what the dead letters' replay is for.
    private static final Duration FIRST_RETRY = Duration.ofMillis(300);
    private static final Duration LAST_RETRY = Duration.ofSeconds(1);
    private static final int RETRIES = 2;

    private final AbstractIntake intake;
    private final ObjectMapper json;

    AbstractConsumer(AbstractIntake intake, ObjectMapper json) {
        this.intake = intake;
        this.json = json;
    }

    @Incoming(TumorAbstractChanged.TOPIC)
    public Uni<Void> consume(String payload) {
        try {
            TumorAbstractChanged event = json.readValue(payload, TumorAbstractChanged.class);
            if (!event.isComplete()) {
                return Uni.createFrom().failure(new IllegalArgumentException("incomplete TumorAbstractChanged event"));
            }
            return intake.receive(event)
                    .onFailure().invoke(failure -> LOG.warnf("Storing event %s failed (%s); retrying", event.eventId(),
                            failure.getClass().getSimpleName()))
                    .onFailure().retry().withBackOff(FIRST_RETRY, LAST_RETRY).atMost(RETRIES);
        } catch (JsonProcessingException e) {
            // Not chained: Jackson's message quotes the payload, which holds PHI, and failures are logged.
            return Uni.createFrom().failure(new IllegalArgumentException("unreadable TumorAbstractChanged event at " + e.getLocation()));
        }
    }
}
