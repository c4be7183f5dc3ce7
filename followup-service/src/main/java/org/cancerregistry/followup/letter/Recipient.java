package org.cancerregistry.followup.letter;

/** Who a follow-up letter is addressed to; the wording of the letter depends on it. */
public enum Recipient {
    PHYSICIAN,
    PATIENT
}
