package org.cancerregistry.intake.store;

public enum ReportStatus {
    /** The current version of its accession number. */
    ACCEPTED,
    /** A later version (a correction) replaced it. */
    SUPERSEDED
}
