package org.cancerregistry.followup.contact;

/** What a follow-up attempt gave: only a RESULT updates the schedule and the abstract. */
public enum ContactOutcome {
    /** The patient's vital status (and cancer status) as of the contact date. */
    RESULT,
    LETTER_SENT,
    NO_RESPONSE,
    UNDELIVERABLE
}
