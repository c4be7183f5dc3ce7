package org.cancerregistry.abstracting.workqueue;

public enum WorkQueueStatus {
    /** The patient or tumor linkage needs a registrar's decision. */
    LINKAGE_REVIEW,
    /** Linked: the tumor's abstract is to be completed. */
    OPEN,
    /** Abstract completed. */
    DONE
}
