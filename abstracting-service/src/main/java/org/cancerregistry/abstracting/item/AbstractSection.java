package org.cancerregistry.abstracting.item;

/** Where an item appears on the abstracting screen. */
public enum AbstractSection {
    PATIENT,
    CANCER_IDENTIFICATION,
    STAGE,
    TREATMENT,
    FOLLOW_UP,
    ADMINISTRATION,
    PATHOLOGY
}
