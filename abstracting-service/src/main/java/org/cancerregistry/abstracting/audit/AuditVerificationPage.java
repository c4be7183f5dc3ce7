package org.cancerregistry.abstracting.audit;

import static org.cancerregistry.abstracting.Roles.REGISTRY_MANAGER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/** The manager's check of the audit trail's hash chain, in the registrar web UI. */
@Path("/ui/audit/verification")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(REGISTRY_MANAGER)
public class AuditVerificationPage {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance verification(AuditChain.Verification result);
    }

    private final AuditChain chain;

    AuditVerificationPage(AuditChain chain) {
        this.chain = chain;
    }

    @GET
    public TemplateInstance page() {
        return Templates.verification(null);
    }

    @POST
    public Uni<TemplateInstance> verify() {
        return chain.verify().map(Templates::verification);
    }
}
