package org.cancerregistry.followup.contact;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST follow-up-contacts. */
@Schema(name = "FollowUpContact", description = "A follow-up attempt, or a result with the patient's vital and cancer status")
public record ContactRecord(
        @Schema(example = "2026-11-02") @NotNull @PastOrPresent LocalDate contactDate,
        @Schema(example = "PHYSICIAN") @NotNull ContactSource source,
        @Schema(example = "RESULT") @NotNull ContactOutcome outcome,
        @Schema(description = "With a RESULT: ALIVE or DEAD", example = "ALIVE") @Pattern(regexp = "ALIVE|DEAD") String vitalStatus,
        @Schema(description = "With a RESULT: NO_EVIDENCE, EVIDENCE or UNKNOWN", example = "NO_EVIDENCE")
        @Pattern(regexp = "NO_EVIDENCE|EVIDENCE|UNKNOWN") String cancerStatus,
        @Schema(description = "With DEAD") @PastOrPresent LocalDate dateOfDeath) {
}
