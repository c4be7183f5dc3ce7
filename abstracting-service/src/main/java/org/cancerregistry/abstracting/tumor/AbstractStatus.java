package org.cancerregistry.abstracting.tumor;

public enum AbstractStatus {
    /** Being abstracted. */
    IN_PROGRESS,
    /** Passed the edits and completed by a registrar; later changes publish updates. */
    COMPLETED
}
