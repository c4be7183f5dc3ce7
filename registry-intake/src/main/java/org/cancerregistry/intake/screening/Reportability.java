package org.cancerregistry.intake.screening;

/** Whether a pathology report must be abstracted for the cancer registry. */
public enum Reportability {
    REPORTABLE,
    NOT_REPORTABLE,
    /** A registrar has to read the report: it mentions a diagnosis only as history, or has no diagnosis text. */
    NEEDS_REVIEW
}
