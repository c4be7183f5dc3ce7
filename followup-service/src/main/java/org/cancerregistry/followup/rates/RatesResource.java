package org.cancerregistry.followup.rates;

import static org.cancerregistry.followup.Roles.REGISTRAR;
import static org.cancerregistry.followup.Roles.REGISTRY_MANAGER;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.cancerregistry.followup.schedule.FollowUpRepository;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/follow-up-rates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ REGISTRAR, REGISTRY_MANAGER })
public class RatesResource {

    private final FollowUpRepository followUps;
    private final FollowUpRateCalculator calculator = new FollowUpRateCalculator();
    private final Clock clock;

    RatesResource(FollowUpRepository followUps, Clock clock) {
        this.followUps = followUps;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "The Commission on Cancer follow-up rates, today",
            description = "(dead + current) / eligible analytic patients: all since the reference year (standard 80%), the "
                    + "last five diagnosis years (standard 90%), and per diagnosis year, with the exclusions counted.")
    public Uni<FollowUpRates> rates(@RestQuery @DefaultValue("2015") @Min(1900) @Max(2100) int referenceYear) {
        return followUps.forRates().map(patients -> calculator.compute(patients, referenceYear, LocalDate.now(clock)));
    }
}
