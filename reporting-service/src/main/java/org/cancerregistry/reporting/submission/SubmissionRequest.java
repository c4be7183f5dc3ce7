package org.cancerregistry.reporting.submission;

import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The body of POST /api/v1/submissions. */
@Schema(name = "SubmissionRequest", description = """
        Selects tumors by diagnosis years, by what changed since the state registry last accepted a submission, or both.
        Record type M always selects changed tumors only: those the state registry accepted before at a lower abstract version.""")
public record SubmissionRequest(
        @Schema(description = "NAACCR record type: A (abstract), M (modified: only tumors changed since the state registry accepted them), "
                + "C (confidential) or I (incidence)", example = "A") @NotNull @Pattern(regexp = "[AMCI]") String recordType,
        @Schema(description = "NAACCR version: 260 or 250", example = "260") @NotNull @Pattern(regexp = "250|260") String naaccrVersion,
        @Schema(description = "Diagnosis years to send; empty or absent for all years when changedSinceLastAccepted is true or the "
                + "record type is M", example = "[2026]") @Size(max = 50)
        List<@NotNull @Min(1900) @Max(2100) Integer> diagnosisYears,
        @Schema(description = "The state registry the file is for: its Keycloak client id", example = "state-registry-demo")
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]*") String stateRegistry,
        @Schema(description = """
                Only tumors that changed since this state registry last accepted them: a tumor is selected when no submission the \
                state registry ACCEPTED sent it at its current abstract version. Without any accepted submission yet, every tumor \
                is selected.""", defaultValue = "false") Boolean changedSinceLastAccepted) {

    boolean changedOnly() {
        return Boolean.TRUE.equals(changedSinceLastAccepted) || "M".equals(recordType);
    }

    List<Integer> years() {
        return diagnosisYears == null ? List.of() : diagnosisYears.stream().distinct().sorted().toList();
    }

    @JsonIgnore
    @Schema(hidden = true)
    @AssertTrue(message = "give diagnosisYears, changedSinceLastAccepted true, or record type M")
    public boolean isSelection() {
        return changedOnly() || (diagnosisYears != null && !diagnosisYears.isEmpty());
    }
}
