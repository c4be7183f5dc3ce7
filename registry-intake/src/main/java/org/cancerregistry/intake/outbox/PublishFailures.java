package org.cancerregistry.intake.outbox;

import java.util.Optional;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;

/** What a failed send of an outbox event says: the broker cannot be reached, the broker refuses the event, or else. */
final class PublishFailures {

    private static final int REASON_LENGTH = 500;

    /** An event for a topic that intake has no channel for. */
    static final class NoChannel extends IllegalStateException {
        NoChannel(String topic) {
            super("no channel for topic " + topic);
        }
    }

    private PublishFailures() {
    }

    /** A broker that does not answer, or not now: every event would fail alike, and none is to blame. */
    static boolean isUnreachableBroker(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetriableException || cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** Why the event can never be published as it is (too large, not serialisable, no channel), or empty. */
    static Optional<String> refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NoChannel || cause instanceof SerializationException
                    || cause instanceof ApiException && !(cause instanceof RetriableException)) {
                return Optional.of(describe(cause));
            }
        }
        return Optional.empty();
    }

    /** The failure's type, and for Kafka's and intake's own failures their message: neither quotes an event's payload. */
    static String describe(Throwable failure) {
        boolean ownWords = failure instanceof NoChannel || failure instanceof ApiException || failure instanceof SerializationException;
        String text = failure.getClass().getSimpleName()
                + (ownWords && failure.getMessage() != null ? ": " + failure.getMessage() : "");
        return text.length() > REASON_LENGTH ? text.substring(0, REASON_LENGTH) : text;
    }
}
