package org.cancerregistry.abstracting.tumor;

import java.util.UUID;

import org.cancerregistry.abstracting.primaries.PrimaryDecision;

/**
 * Whether a report describes a tumor the patient already has (SINGLE primary), a new one (MULTIPLE),
 * or needs a registrar (QUESTIONABLE), with the multiple-primary rule that decided.
 */
public record TumorLinkage(PrimaryDecision decision, UUID tumorId, String rule, String reason) {

    static TumorLinkage firstTumor() {
        return new TumorLinkage(PrimaryDecision.MULTIPLE, null, "first tumor", "the patient has no tumor yet");
    }
}
