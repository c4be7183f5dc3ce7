package org.cancerregistry.intake.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A pathology report as JSON, for labs without HL7: the same content as a Volume V ORU^R01 message.
 * The lab is the one of the caller's token. Lengths and characters are those of the report's items
 * ({@link org.cancerregistry.intake.contract.ReportItemLimits}), checked after these annotations.
 */
@Schema(name = "PathologyReportSubmission", description = "A pathology report sent as JSON instead of HL7 v2.5.1")
public record JsonPathologyReport(
        @Schema(description = "The lab's id of this submission; sending the same id again returns the original report, "
                + "like MSH-10", example = "LIS-2026-000451")
        @NotBlank String messageControlId,
        @Schema(description = "Pathology report (accession) number, like OBR-3", example = "S26-004512")
        @NotBlank String accessionNumber,
        @Schema(description = "Report type LOINC code, like OBR-4", example = "11529-5")
        @Pattern(regexp = "\\d{1,7}-\\d") String reportTypeLoinc,
        @Schema(example = "Surgical Pathology Study Report") String reportTypeName,
        @Schema(description = "Specimen collection date, like OBR-7", example = "2026-03-10")
        @NotNull LocalDate specimenCollectionDate,
        @Schema(description = "F for a final report (default), C for a corrected one", example = "F")
        @Pattern(regexp = "[FC]") String resultStatus,
        @NotNull @Valid JsonPatient patient,
        @Schema(example = "Albany Medical Center") String orderingFacility,
        @Schema(description = "Text sections by LOINC code; one must be the final diagnosis (22637-3)")
        @NotEmpty List<@NotNull @Valid JsonSection> sections,
        @Schema(description = "ICD-O-3 behavior codes the lab coded, if any", example = "[\"3\"]")
        List<@NotNull @Pattern(regexp = "[0-3]") String> behaviorCodes) {

    public record JsonPatient(
            @Schema(description = "Identifiers with their HL7 type: SS (SSN), MR (medical record number), ...")
            @NotEmpty List<@NotNull @Valid JsonIdentifier> identifiers,
            @Schema(example = "Doe") @NotBlank String lastName,
            @Schema(example = "Jane") String firstName,
            String middleName,
            @Schema(example = "1957-07-06") @NotNull LocalDate dateOfBirth,
            @Schema(description = "HL7 table 0001: F, M, O, U, A, N", example = "F") @Pattern(regexp = "[FMOUAN]") String sex,
            @Schema(description = "CDC race code", example = "2106-3") String race,
            @Valid JsonAddress address) {
    }

    public record JsonIdentifier(
            @Schema(example = "MR") @NotBlank String type,
            @Schema(example = "00466144") @NotBlank String value) {
    }

    public record JsonAddress(
            String street,
            String city,
            String state,
            String postalCode,
            String county) {
    }

    public record JsonSection(
            @Schema(example = "22637-3") @NotBlank @Pattern(regexp = "\\d{1,7}-\\d") String loinc,
            @Schema(example = "Final diagnosis") String name,
            @Schema(example = "Infiltrating duct carcinoma, left breast.") @NotBlank String text) {
    }
}
