package org.cancerregistry.followup.schedule;

public enum FollowUpStatus {
    /** Followed, next contact not yet due. */
    CURRENT,
    /** Next contact due. */
    DUE,
    /** No contact for 15 months or more. */
    DELINQUENT,
    /** Dead or not eligible: no more follow-up. */
    CLOSED
}
