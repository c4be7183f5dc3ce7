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
    private static final Duration RETRY_BACKOFF = Duration.ofSeconds(1);

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
                    .onFailure().retry().withBackOff(RETRY_BACKOFF, RETRY_BACKOFF.multipliedBy(30)).atMost(5);
        } catch (JsonProcessingException e) {
            // Not chained: Jackson's message quotes the payload, which holds PHI, and failures are logged.
            return Uni.createFrom().failure(new IllegalArgumentException("unreadable TumorAbstractChanged event at " + e.getLocation()));
        }
    }
}
