package org.cancerregistry.reporting.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One data-quality measure of a diagnosis year: numerator of denominator as a rate, its threshold and
 * whether the year passes. With a denominator of 0 the rate is not measurable: value and passes are null.
 */
@Schema(name = "DataQualityMeasure")
public record QualityMeasure(
        @Schema(example = "missingAgeAtDiagnosis") String id,
        @Schema(example = "Tumors with age at diagnosis (230) blank or unknown (999)") String description,
        long numerator,
        long denominator,
        @Schema(description = "numerator / denominator in the unit, rounded to 2 decimals; null without a denominator", example = "1.25")
        Double value,
        @Schema(description = "% or per 1,000", example = "%") String unit,
        Threshold threshold,
        @Schema(example = "< 2%") String thresholdText,
        @Schema(description = "null without a denominator") Boolean passes) {

    static final String PERCENT = "%";
    static final String PER_THOUSAND = "per 1,000";

    static QualityMeasure of(String id, String description, long numerator, long denominator, String unit, Threshold threshold) {
        if (denominator == 0) {
            return new QualityMeasure(id, description, numerator, denominator, null, unit, threshold, threshold.text(unit), null);
        }
        double rate = numerator * (PERCENT.equals(unit) ? 100.0 : 1000.0) / denominator;
        return new QualityMeasure(id, description, numerator, denominator,
                BigDecimal.valueOf(rate).setScale(2, RoundingMode.HALF_UP).doubleValue(), unit, threshold, threshold.text(unit),
                threshold.passes(rate));
    }
}
