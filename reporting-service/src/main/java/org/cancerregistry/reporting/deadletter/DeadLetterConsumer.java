package org.cancerregistry.reporting.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

/**
 * Reads this service's dead-letter topics (tumor-abstracts-reporting-dlq, followup-results-reporting-dlq) into the
 * dead_letter table, with the reason SmallRye put in the record's headers. A record is committed only once it is kept; while the database does not
 * answer, this channel alone waits and retries. The payload and key are kept for the replay, never logged.
 */
@ApplicationScoped
public class DeadLetterConsumer {

    static final String CHANNEL = "dead-letters";
    private static final Logger LOG = Logger.getLogger(DeadLetterConsumer.class);
    private static final String DLQ_SUFFIX = "-reporting-dlq";

    private final DeadLetters deadLetters;

    DeadLetterConsumer(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        DeadLetter letter = of(record);
        return deadLetters.keep(letter)
                .invoke(kept -> {
                    if (kept) {
                        LOG.infof("Dead letter from %s (partition %s, offset %s): %s", letter.sourceTopic, letter.sourcePartition,
                                letter.sourceOffset, letter.reason);
                    }
                })
                .onFailure().invoke(failure -> LOG.warnf("Keeping a dead letter of %s failed (%s); retrying", record.topic(),
                        failure.getClass().getSimpleName()))
                .onFailure().retry().withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(30)).indefinitely()
                .replaceWithVoid();
    }

    static DeadLetter of(ConsumerRecord<String, String> record) {
        DeadLetter letter = new DeadLetter();
        letter.topic = record.topic();
        letter.partition = record.partition();
        letter.offset = record.offset();
        String sourceTopic = header(record, "dead-letter-topic");
        letter.sourceTopic = sourceTopic != null ? sourceTopic
                : record.topic().endsWith(DLQ_SUFFIX) ? record.topic().substring(0, record.topic().length() - DLQ_SUFFIX.length())
                : record.topic();
        letter.sourcePartition = number(header(record, "dead-letter-partition"));
        String offset = header(record, "dead-letter-offset");
        letter.sourceOffset = offset == null || !offset.matches("\\d{1,18}") ? null : Long.valueOf(offset);
        letter.key = record.key();
        letter.payload = record.value();
        String reason = header(record, "dead-letter-reason");
        String cause = header(record, "dead-letter-cause");
        letter.reason = DeadLetterReasons.masked((reason == null ? "no reason given" : reason)
                + (cause == null ? "" : "; caused by " + cause));
        return letter;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Integer number(String value) {
        return value == null || !value.matches("\\d{1,9}") ? null : Integer.valueOf(value);
    }
}
