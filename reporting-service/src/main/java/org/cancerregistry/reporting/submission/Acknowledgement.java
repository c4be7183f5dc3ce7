package org.cancerregistry.reporting.submission;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A state registry's answer to a submission: accepted, or rejected with its reasons. */
@Schema(name = "SubmissionAcknowledgement")
public record Acknowledgement(
        @Schema(example = "REJECTED") @NotNull @Pattern(regexp = "ACCEPTED|REJECTED") String status,
        @Schema(example = "[\"12 records fail edit IF42\"]") @Size(max = 100)
        List<@NotNull @Size(max = 500) @Pattern(regexp = "\\P{Cc}*", message = "must not contain control characters") String> reasons) {
}
