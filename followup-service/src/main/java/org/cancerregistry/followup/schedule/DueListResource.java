package org.cancerregistry.followup.schedule;

import static org.cancerregistry.followup.Roles.REGISTRAR;
import static org.cancerregistry.followup.Roles.REGISTRY_MANAGER;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.cancerregistry.followup.problem.InvalidParameterException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ REGISTRAR, REGISTRY_MANAGER })
public class DueListResource {

    private final FollowUpRepository followUps;

    DueListResource(FollowUpRepository followUps) {
        this.followUps = followUps;
    }

    @GET
    @Path("/due")
    @Operation(summary = "Patients whose follow-up is due on or before a date, earliest first")
    public Uni<ResultPage<DueFollowUp>> due(
            @Parameter(description = "ISO date (YYYY-MM-DD); today when absent") @RestQuery String through,
            @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue("50") @Min(1) @Max(500) int size) {
        return followUps.dueThrough(dateOrToday("through", through), Page.of(page, size))
                .map(list -> new ResultPage<>(list.stream().map(DueFollowUp::of).toList(), page, size));
    }

    // Parsed here rather than by the framework, which answers 404 to a query parameter it cannot convert.
    private static LocalDate dateOrToday(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(Clock.systemDefaultZone());
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(parameter, "'" + value + "' is not a date of the form YYYY-MM-DD");
        }
    }
}
