package org.cancerregistry.reporting.quality;

import static org.cancerregistry.reporting.Roles.REGISTRAR;
import static org.cancerregistry.reporting.Roles.REGISTRY_MANAGER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/data-quality")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ REGISTRAR, REGISTRY_MANAGER })
public class DataQualityResource {

    private final DataQualityMeasures measures;

    DataQualityResource(DataQualityMeasures measures) {
        this.measures = measures;
    }

    @GET
    @Operation(summary = "Data-quality measures of the tumors diagnosed in a year, against NAACCR certification thresholds",
            description = """
                    Per measure: numerator, denominator, value (% or per 1,000), threshold with its source, and passes. Measures: \
                    missing age at diagnosis, sex, race 1 and county at diagnosis (< 2%, < 2%, < 3%, < 2%); death-certificate-only \
                    share (< 3%); tumors passing edits (100%, on tumors whose edit results were published); timeliness (date case \
                    completed within 180 days of the date of diagnosis, >= 90%); suspected duplicate patients (same normalized \
                    last and first name and date of birth, or same SSN, under different patient ids: <= 1 per 1,000 patients). \
                    Without a denominator a measure's value and passes are null.""")
    public Uni<DataQualityReport> report(
            @Parameter(description = "Year of diagnosis, 1900 to 2100", example = "2026")
            @RestQuery @NotNull(message = "is required") @Pattern(regexp = "19\\d\\d|20\\d\\d|2100", message = "must be a year from 1900 to 2100")
            String diagnosisYear) {
        return measures.of(Integer.parseInt(diagnosisYear));
    }
}
