package org.cancerregistry.abstracting.workqueue;

/** The intake's screening verdict on a report's diagnosis text. */
public enum Reportability {
    REPORTABLE,
    NEEDS_REVIEW
}
