package org.cancerregistry.reporting.quality;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The data-quality measures of the tumors diagnosed in one year, as a state registry would judge them. */
@Schema(name = "DataQualityReport")
public record DataQualityReport(int diagnosisYear, long tumors, long patients, List<QualityMeasure> measures) {
}
