package org.cancerregistry.abstracting.outbox;

import static org.cancerregistry.abstracting.Roles.REGISTRY_MANAGER;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.cancerregistry.abstracting.outbox.SetAsideEvents.SetAsideEvent;
import org.cancerregistry.abstracting.problem.PageParameters;
import org.cancerregistry.abstracting.problem.ResultPage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/outbox/set-aside")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(REGISTRY_MANAGER)
public class SetAsideResource {

    private final SetAsideEvents setAside;
    private final SecurityIdentity caller;

    SetAsideResource(SetAsideEvents setAside, SecurityIdentity caller) {
        this.setAside = setAside;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Outbox events set aside because they could not be published, newest first, with the reason")
    public Uni<ResultPage<SetAsideEvent>> list(@RestQuery @DefaultValue("0") @Min(0) @Max(PageParameters.MAX_PAGE) int page,
            @RestQuery @DefaultValue("50") @Min(1) @Max(PageParameters.MAX_SIZE) int size) {
        return setAside.newestFirst(page, size).map(events -> new ResultPage<>(events, page, size));
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Put a set-aside event back for the relay, once the cause is fixed (e.g. the broker's message size)")
    public Uni<SetAsideEvent> retry(@RestPath UUID id) {
        return setAside.retry(id, caller.getPrincipal().getName());
    }
}
