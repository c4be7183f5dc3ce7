package org.cancerregistry.abstracting.linkage;

/** What to do with an incoming person given one registry candidate. */
public enum LinkDecision {
    /** Same person: attach the report to the existing patient. */
    LINK,
    /** Possibly the same person: a registrar decides. */
    REVIEW,
    /** Not this patient. */
    NEW_PATIENT
}
