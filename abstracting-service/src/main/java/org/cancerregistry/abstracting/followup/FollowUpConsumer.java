package org.cancerregistry.abstracting.followup;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/** Reads {@code followup-results}; committed after each result is applied, redeliveries are ignored. */
@ApplicationScoped
public class FollowUpConsumer {

    private final FollowUpResults results;
    private final ObjectMapper json;

    FollowUpConsumer(FollowUpResults results, ObjectMapper json) {
        this.results = results;
        this.json = json;
    }

    @Incoming(FollowUpRecorded.TOPIC)
    public Uni<Void> consume(String payload) {
        try {
            FollowUpRecorded result = json.readValue(payload, FollowUpRecorded.class);
            if (result.eventId() == null || result.patientId() == null) {
                return Uni.createFrom().failure(new IllegalArgumentException("incomplete FollowUpRecorded event"));
            }
            return results.record(result);
        } catch (JsonProcessingException e) {
            // Not chained: Jackson's message quotes the payload, which holds PHI, and failures are logged.
            return Uni.createFrom().failure(new IllegalArgumentException("unreadable FollowUpRecorded event at " + e.getLocation()));
        }
    }
}
