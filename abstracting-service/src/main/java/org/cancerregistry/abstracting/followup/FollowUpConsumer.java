package org.cancerregistry.abstracting.followup;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.cancerregistry.abstracting.event.EventNotHandled;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * Reads {@code followup-results}; committed after each result is applied, redeliveries are ignored. A result
 * that cannot be read or applied goes to followup-results-abstracting-dlq, from where a manager replays it.
 */
@ApplicationScoped
public class FollowUpConsumer {

    private static final Duration FIRST_RETRY = Duration.ofMillis(300);
    private static final Duration LAST_RETRY = Duration.ofSeconds(1);
    private static final int RETRIES = 2;

    private final FollowUpResults results;
    private final ObjectMapper json;

    FollowUpConsumer(FollowUpResults results, ObjectMapper json) {
        this.results = results;
        this.json = json;
    }

    @Incoming(FollowUpRecorded.TOPIC)
    public Uni<Void> consume(String payload) {
        return receive(payload).onFailure().transform(EventNotHandled::new);
    }

    private Uni<Void> receive(String payload) {
        if (payload == null) {
            return Uni.createFrom().failure(new EventNotHandled("empty FollowUpRecorded record"));
        }
        try {
            FollowUpRecorded result = json.readValue(payload, FollowUpRecorded.class);
            if (result.eventId() == null || result.patientId() == null) {
                return Uni.createFrom().failure(new EventNotHandled("incomplete FollowUpRecorded event"));
            }
            // As for pathology reports: a short retry, then the dead-letter topic, so the partition waits a second at most.
            return results.record(result).onFailure().retry().withBackOff(FIRST_RETRY, LAST_RETRY).atMost(RETRIES);
        } catch (JsonProcessingException e) {
            // Not chained: Jackson's message quotes the payload, which holds PHI, and failures are logged.
            return Uni.createFrom().failure(new EventNotHandled("unreadable FollowUpRecorded event at " + e.getLocation()));
        }
    }
}
