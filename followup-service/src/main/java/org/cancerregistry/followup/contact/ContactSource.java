package org.cancerregistry.followup.contact;

/** Who gave the follow-up information. */
public enum ContactSource {
    PATIENT,
    PHYSICIAN,
    HOSPITAL_RECORD,
    DEATH_CERTIFICATE,
    OTHER_REGISTRY,
    OTHER
}
