package org.cancerregistry.abstracting.audit;

import static org.cancerregistry.abstracting.Roles.REGISTRY_MANAGER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/audit/verification")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(REGISTRY_MANAGER)
public class AuditVerificationResource {

    private final AuditChain chain;

    AuditVerificationResource(AuditChain chain) {
        this.chain = chain;
    }

    @GET
    @Operation(summary = "Verify the audit trail's hash chain",
            description = "Recomputes the SHA-256 hash of every audit row, in id order, over its fields and the hash of the row "
                    + "before. valid is false when a row was changed, inserted or deleted outside the service; firstInvalidId "
                    + "names the first row whose hash or link does not hold. lastHash is the hash of the last row verified: "
                    + "kept outside the registry, it shows later whether rows at the end were removed.")
    public Uni<AuditChain.Verification> verify() {
        return chain.verify();
    }
}
