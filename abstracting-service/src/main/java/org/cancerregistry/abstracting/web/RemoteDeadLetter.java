package org.cancerregistry.abstracting.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A dead letter of followup-service or reporting-service, as both list it: where it came from and why, never the payload. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteDeadLetter(long id, String topic, String sourceTopic, Integer sourcePartition, Long sourceOffset,
        String reason, Instant firstSeenAt, Instant replayedAt, String replayResult) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeadLetterList(List<RemoteDeadLetter> items, int page, int size) {
    }
}
