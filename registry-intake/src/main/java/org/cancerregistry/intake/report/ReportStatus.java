package org.cancerregistry.intake.report;

public enum ReportStatus {
    RECEIVED
}
