package org.cancerregistry.abstracting.workqueue;

/** Why a report is in the work queue: the intake's screening of its diagnosis text, or a registrar's override. */
public enum Reportability {
    REPORTABLE,
    NEEDS_REVIEW,
    /** Screened as not reportable; a registrar queued it anyway. */
    REGISTRAR_OVERRIDE
}
