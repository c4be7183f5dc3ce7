package org.cancerregistry.abstracting.workqueue;

public enum WorkQueueStatus {
    OPEN,
    DONE
}
