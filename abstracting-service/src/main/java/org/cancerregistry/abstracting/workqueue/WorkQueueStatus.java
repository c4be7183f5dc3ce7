package org.cancerregistry.abstracting.workqueue;

public enum WorkQueueStatus {
    /** The patient or tumor linkage needs a registrar's decision. */
    LINKAGE_REVIEW,
    /** Linked: the tumor's abstract is to be completed. */
    OPEN,
    /** Abstract completed. */
    DONE,
    /** The lab corrected the report before its abstract was completed; the corrected version is queued instead. */
    SUPERSEDED
}
