package org.cancerregistry.followup.rates;

import static org.cancerregistry.followup.Roles.REGISTRAR;
import static org.cancerregistry.followup.Roles.REGISTRY_MANAGER;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.cancerregistry.followup.problem.InvalidParameterException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.common.annotation.Blocking;

@Path("/api/v1/follow-up-rates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ REGISTRAR, REGISTRY_MANAGER })
public class RatesResource {

    private final RateCaseload caseload;
    private final FollowUpRateCalculator calculator = new FollowUpRateCalculator();
    private final Clock clock;
    private final RatesPolicy policy;

    RatesResource(RateCaseload caseload, Clock clock, RatesPolicy policy) {
        this.caseload = caseload;
        this.clock = clock;
        this.policy = policy;
    }

    @GET
    @Operation(summary = "The Commission on Cancer follow-up rates, today",
            description = "(dead + current) / eligible analytic patients: all since the reference year (standard 80%), the "
                    + "last five diagnosis years (standard 90%), and per diagnosis year, with the exclusions counted.")
    @Blocking
    public FollowUpRates rates(@Parameter(description = "Year, 1900 to 2100; the registry's reference year (registry.follow-up-rates.reference-year) when absent", schema = @Schema(type = SchemaType.INTEGER))
            @RestQuery @Pattern(regexp = "19\\d\\d|20\\d\\d|2100", message = "must be a year from 1900 to 2100")
            String referenceYear) {
        int year = referenceYear == null ? policy.referenceYear() : Integer.parseInt(referenceYear);
        LocalDate today = LocalDate.now(clock);
        if (year > today.getYear()) {
            throw new InvalidParameterException("referenceYear", "the reference year must not be after this year");
        }
        return caseload.diagnosedBetween(year, today.getYear(),
                patients -> calculator.compute(patients, year, today));
    }
}
