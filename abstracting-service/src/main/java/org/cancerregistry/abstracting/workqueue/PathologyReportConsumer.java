package org.cancerregistry.abstracting.workqueue;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.cancerregistry.abstracting.event.EventNotHandled;
import org.cancerregistry.abstracting.report.PathologyReportReceived;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * Reads {@code pathology-reports}. The offset is committed only after the report was stored, so a
 * crash redelivers it, and {@link ReportReception} ignores what it already handled. A payload that
 * cannot be read, or a report that still cannot be stored after a short retry, goes to the dead-letter
 * topic (pathology-reports-abstracting-dlq): it holds up its own partition for about a second, and the
 * channel's concurrency keeps the other partitions flowing meanwhile. A registry manager replays it from
 * there (the dead letters' replay) through {@link #consume}.
 */
@ApplicationScoped
public class PathologyReportConsumer {

    private static final Logger LOG = Logger.getLogger(PathologyReportConsumer.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(300);
    private static final Duration LAST_RETRY = Duration.ofSeconds(1);
    private static final int RETRIES = 2;

    private final ReportReception reception;
    private final ObjectMapper json;

    PathologyReportConsumer(ReportReception reception, ObjectMapper json) {
        this.reception = reception;
        this.json = json;
    }

    @Incoming(PathologyReportReceived.TOPIC)
    public Uni<Void> consume(String payload) {
        return receive(payload).onFailure().transform(EventNotHandled::new);
    }

    private Uni<Void> receive(String payload) {
        if (payload == null) {
            return Uni.createFrom().failure(new EventNotHandled("empty PathologyReportReceived record"));
        }
        try {
            PathologyReportReceived event = json.readValue(payload, PathologyReportReceived.class);
            if (!event.isComplete()) {
                return Uni.createFrom().failure(new EventNotHandled("incomplete PathologyReportReceived event"));
            }
            // A failure to store (database busy or restarting) is retried briefly before the event is set aside:
            // the partition waits meanwhile, and a longer outage is what the dead letters' replay is for.
            return reception.receive(event)
                    .onFailure().invoke(failure -> LOG.warnf("Storing event %s failed (%s)", event.eventId(),
                            failure.getClass().getSimpleName()))
                    .onFailure().retry().withBackOff(FIRST_RETRY, LAST_RETRY).atMost(RETRIES);
        } catch (JsonProcessingException e) {
            // Not chained: Jackson's message quotes the payload, which holds PHI, and failures are logged.
            return Uni.createFrom().failure(new EventNotHandled(
                    "unreadable PathologyReportReceived event at " + e.getLocation()));
        }
    }
}
