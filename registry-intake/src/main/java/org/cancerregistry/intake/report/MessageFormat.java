package org.cancerregistry.intake.report;

/** How the lab sent the report. */
public enum MessageFormat {
    HL7,
    JSON
}
