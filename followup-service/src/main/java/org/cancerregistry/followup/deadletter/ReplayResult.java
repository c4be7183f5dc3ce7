package org.cancerregistry.followup.deadletter;

/** How the last replay of a dead letter went: handled by the consumer's logic (or found handled before), or failed again. */
public enum ReplayResult {
    STORED,
    FAILED
}
