package org.cancerregistry.intake.screening;

/** Whether a pathology report must be abstracted for the cancer registry. */
public enum Reportability {
    REPORTABLE,
    NOT_REPORTABLE,
    /** A registrar has to read the report: the text is ambiguous, history-only or registry-dependent (LCIS). */
    NEEDS_REVIEW
}
