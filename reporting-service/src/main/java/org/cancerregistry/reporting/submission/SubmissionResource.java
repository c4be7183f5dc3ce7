package org.cancerregistry.reporting.submission;

import static org.cancerregistry.reporting.Roles.REGISTRAR;
import static org.cancerregistry.reporting.Roles.REGISTRY_MANAGER;
import static org.cancerregistry.reporting.Roles.STATE_REGISTRY;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/submissions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ REGISTRAR, REGISTRY_MANAGER, STATE_REGISTRY })
public class SubmissionResource {

    private final SubmissionRepository submissions;

    SubmissionResource(SubmissionRepository submissions) {
        this.submissions = submissions;
    }

    @GET
    @Operation(summary = "Submissions, newest first")
    public Uni<ResultPage<SubmissionSummary>> list(
            @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue("50") @Min(1) @Max(500) int size) {
        return submissions.listAll(Page.of(page, size))
                .map(list -> new ResultPage<>(list.stream().map(SubmissionSummary::of).toList(), page, size));
    }
}
