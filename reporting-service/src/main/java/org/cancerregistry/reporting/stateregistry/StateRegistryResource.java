package org.cancerregistry.reporting.stateregistry;

import static org.cancerregistry.reporting.Roles.REGISTRAR;
import static org.cancerregistry.reporting.Roles.REGISTRY_MANAGER;

import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/v1/state-registries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ REGISTRAR, REGISTRY_MANAGER })
public class StateRegistryResource {

    /** A state registry a submission can be addressed to. */
    public record ConfiguredStateRegistry(String id, String name) {
    }

    private final StateRegistries stateRegistries;

    StateRegistryResource(StateRegistries stateRegistries) {
        this.stateRegistries = stateRegistries;
    }

    @GET
    @Operation(summary = "The state registries this registry reports to: the stateRegistry a submission may name")
    public List<ConfiguredStateRegistry> list() {
        return stateRegistries.registries().entrySet().stream()
                .map(entry -> new ConfiguredStateRegistry(entry.getKey(), entry.getValue().name()))
                .sorted(Comparator.comparing(ConfiguredStateRegistry::id))
                .toList();
    }
}
