package org.cancerregistry.followup.contact;

import static org.cancerregistry.followup.Roles.REGISTRAR;
import static org.cancerregistry.followup.Roles.REGISTRY_MANAGER;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cancerregistry.followup.audit.AuditRecord;
import org.cancerregistry.followup.audit.AuditTrail;
import org.cancerregistry.followup.event.FollowUpRecorded;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/patients/{id}/follow-up-contacts")
@RolesAllowed({ REGISTRAR, REGISTRY_MANAGER })
public class ContactResource {

    /** What the registrar gets back: the contact as recorded. */
    public record RecordedContact(UUID id, UUID patientId, String contactDate, ContactSource source, ContactOutcome outcome,
            String vitalStatus, String cancerStatus) {
    }

    static final String CONTACT_RECORDED = "follow-up-contact.recorded";

    private final FollowUpContacts contacts;
    private final AuditTrail audit;
    private final SecurityIdentity caller;

    ContactResource(FollowUpContacts contacts, AuditTrail audit, SecurityIdentity caller) {
        this.contacts = contacts;
        this.audit = audit;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a follow-up attempt or result",
            description = "A RESULT moves the last contact forward, sets the vital status, reschedules the patient and is "
                    + "published as FollowUpRecorded on followup-results (the abstract's last contact follows). 201 with the "
                    + "contact; 400 problem JSON naming each invalid field; 404 for a patient the registry does not follow. "
                    + "Audited (follow-up-contact.recorded).")
    public Uni<Response> record(@RestPath UUID id, @Valid @NotNull ContactRecord contact) {
        String registrar = caller.getPrincipal().getName();
        return contacts.record(id, contact, registrar)
                .call(stored -> audit.append(List.of(new AuditRecord(Instant.now(), registrar, CONTACT_RECORDED, id, stored.id.toString(),
                        Map.of("outcome", stored.outcome.name())))))
                .map(stored -> Response
                        .created(URI.create("/api/v1/patients/" + id + "/follow-up-contacts/" + stored.id))
                        .entity(new RecordedContact(stored.id, stored.patientId, stored.contactDate.toString(), stored.source,
                                stored.outcome, stored.vitalStatus, stored.cancerStatus))
                        .type(MediaType.APPLICATION_JSON)
                        .build());
    }
}
