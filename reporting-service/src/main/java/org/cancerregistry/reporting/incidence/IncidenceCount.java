package org.cancerregistry.reporting.incidence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The number of tumors of one diagnosis year, site group, sex and stage. */
@Schema(name = "IncidenceCount")
public record IncidenceCount(
        @Schema(example = "2026") int diagnosisYear,
        @Schema(description = "SEER site recode-style group, or Other", example = "Breast") String siteGroup,
        @Schema(description = "Sex assigned at birth (225; v25: sex 220): 1 male, 2 female, 3 other, 4 transgender, 9 unknown or blank",
                example = "2") String sex,
        @Schema(description = "Derived Summary Stage 2018 (762), else Summary Stage 2018 (764): 0 in situ, 1 localized, 2-4 regional, "
                + "7 distant, 8 benign/borderline, 9 unknown or blank", example = "1") String stage,
        @Schema(example = "12") long count) {
}
