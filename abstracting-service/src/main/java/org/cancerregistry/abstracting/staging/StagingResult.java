package org.cancerregistry.abstracting.staging;

import java.util.List;

/**
 * What the EOD algorithm derived for a tumor.
 *
 * @param schemaId                the NAACCR Schema ID [3800] (e.g. 00480 breast), or "" when no single schema applies
 * @param derivedSummaryStage2018 Derived Summary Stage 2018 [762], or "" when it could not be derived
 * @param errors                  why staging failed or what it could not use; empty when staged cleanly
 */
public record StagingResult(String schemaId, String derivedSummaryStage2018, List<String> errors) {

    public StagingResult {
        schemaId = schemaId == null ? "" : schemaId;
        derivedSummaryStage2018 = derivedSummaryStage2018 == null ? "" : derivedSummaryStage2018;
        errors = List.copyOf(errors);
    }

    public boolean isStaged() {
        return !derivedSummaryStage2018.isEmpty() && errors.isEmpty();
    }
}
