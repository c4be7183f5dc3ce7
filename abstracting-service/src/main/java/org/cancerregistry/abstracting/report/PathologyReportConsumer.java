package org.cancerregistry.abstracting.report;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * Reads {@code pathology-reports}. The offset is committed only after the report was stored, so a
 * crash redelivers it, and {@link ReportReception} ignores what it already handled. A payload that
 * cannot be read, or a report that still cannot be stored after retries, goes to the dead-letter topic
 * (pathology-reports-abstracting-dlq) instead of blocking the partition.
 */
@ApplicationScoped
public class PathologyReportConsumer {

    private static final Logger LOG = Logger.getLogger(PathologyReportConsumer.class);
    private static final Duration RETRY_BACKOFF = Duration.ofSeconds(1);

    private final ReportReception reception;
    private final ObjectMapper json;

    PathologyReportConsumer(ReportReception reception, ObjectMapper json) {
        this.reception = reception;
        this.json = json;
    }

    @Incoming(PathologyReportReceived.TOPIC)
    public Uni<Void> consume(String payload) {
        try {
            PathologyReportReceived event = json.readValue(payload, PathologyReportReceived.class);
            if (!event.isComplete()) {
                return Uni.createFrom().failure(new IllegalArgumentException("incomplete PathologyReportReceived event"));
            }
            // A failure to store (database busy or restarting) is retried before the event is set aside.
            return reception.receive(event)
                    .onFailure().invoke(failure -> LOG.warnf("Storing event %s failed (%s); retrying", event.eventId(),
                            failure.getClass().getSimpleName()))
                    .onFailure().retry().withBackOff(RETRY_BACKOFF, RETRY_BACKOFF.multipliedBy(30)).atMost(5);
        } catch (JsonProcessingException e) {
            // Not chained: Jackson's message quotes the payload, which holds PHI, and failures are logged.
            return Uni.createFrom().failure(new IllegalArgumentException(
                    "unreadable PathologyReportReceived event at " + e.getLocation()));
        }
    }
}
