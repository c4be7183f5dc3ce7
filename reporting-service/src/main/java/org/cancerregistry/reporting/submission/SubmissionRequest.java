package org.cancerregistry.reporting.submission;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /api/v1/submissions. */
@Schema(name = "SubmissionRequest")
public record SubmissionRequest(
        @Schema(description = "NAACCR record type: A, M, C or I", example = "A") @NotNull @Pattern(regexp = "[AMCI]") String recordType,
        @Schema(description = "NAACCR version: 260 or 250", example = "260") @NotNull @Pattern(regexp = "250|260") String naaccrVersion,
        @Schema(description = "Diagnosis years to send", example = "[2026]") @NotEmpty @Size(max = 50)
        List<@NotNull @Min(1900) @Max(2100) Integer> diagnosisYears) {
}
