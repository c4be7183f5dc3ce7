package org.cancerregistry.reporting.submission;

public enum SubmissionState {
    QUEUED,
    RUNNING,
    READY,
    FAILED
}
