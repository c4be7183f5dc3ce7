package org.cancerregistry.reporting.store;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * Reads {@code tumor-abstracts} and {@code followup-results} into the reporting store; committed after
 * each event is stored, redeliveries ignored. Unreadable or incomplete events go to a dead-letter
 * topic; a failure to store is retried first.
 */
@ApplicationScoped
public class ReportingConsumers {

    private static final Logger LOG = Logger.getLogger(ReportingConsumers.class);
    // A failure to store (database busy or restarting) is retried briefly, for about a second, while the event's own
    // partition waits; a longer outage is what the dead letters' replay is for.
    private static final Duration FIRST_RETRY = Duration.ofMillis(300);
    private static final Duration LAST_RETRY = Duration.ofSeconds(1);
    private static final int RETRIES = 2;

    private final ReportingStore store;
    private final ObjectMapper json;

    ReportingConsumers(ReportingStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    @Incoming(TumorAbstractChanged.TOPIC)
    public Uni<Void> abstractChanged(String payload) {
        TumorAbstractChanged event;
        try {
            event = json.readValue(payload, TumorAbstractChanged.class);
        } catch (JsonProcessingException e) {
            // Not chained: Jackson's message quotes the payload, which holds PHI, and failures are logged.
            return Uni.createFrom().failure(new IllegalArgumentException("unreadable TumorAbstractChanged event at " + e.getLocation()));
        }
        if (!event.isComplete()) {
            return Uni.createFrom().failure(new IllegalArgumentException("incomplete TumorAbstractChanged event"));
        }
        return retried(store.abstractChanged(event), event.eventId().toString());
    }

    @Incoming(FollowUpRecorded.TOPIC)
    public Uni<Void> followUpRecorded(String payload) {
        FollowUpRecorded result;
        try {
            result = json.readValue(payload, FollowUpRecorded.class);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("unreadable FollowUpRecorded event at " + e.getLocation()));
        }
        if (result.eventId() == null || result.patientId() == null) {
            return Uni.createFrom().failure(new IllegalArgumentException("incomplete FollowUpRecorded event"));
        }
        return retried(store.followUpRecorded(result), result.eventId().toString());
    }

    private static Uni<Void> retried(Uni<Void> storing, String eventId) {
        return storing
                .onFailure().invoke(failure -> LOG.warnf("Storing event %s failed (%s); retrying", eventId, failure.getClass().getSimpleName()))
                .onFailure().retry().withBackOff(FIRST_RETRY, LAST_RETRY).atMost(RETRIES);
    }
}
