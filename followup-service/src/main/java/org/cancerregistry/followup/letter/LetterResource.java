package org.cancerregistry.followup.letter;

import static org.cancerregistry.followup.Roles.REGISTRAR;
import static org.cancerregistry.followup.Roles.REGISTRY_MANAGER;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.cancerregistry.followup.audit.AuditRecord;
import org.cancerregistry.followup.audit.AuditTrail;
import org.cancerregistry.followup.problem.InvalidParameterException;
import org.cancerregistry.followup.problem.Problem;
import org.cancerregistry.followup.schedule.FollowUp;
import org.cancerregistry.followup.schedule.FollowUpRepository;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/patients/{id}/follow-up-letter")
@RolesAllowed({ REGISTRAR, REGISTRY_MANAGER })
public class LetterResource {

    static final String PDF = "application/pdf";

    static final String LETTER_GENERATED = "follow-up-letter.generated";
    /** The letter's id: the subject of its audit rows. */
    static final String LETTER_ID = "X-Letter-Id";

    private final FollowUpRepository followUps;
    private final FollowUpLetters letters;
    private final AuditTrail audit;
    private final SecurityIdentity caller;
    private final Clock clock;

    LetterResource(FollowUpRepository followUps, LetterheadConfig letterhead, AuditTrail audit, SecurityIdentity caller, Clock clock) {
        this.followUps = followUps;
        this.audit = audit;
        this.caller = caller;
        this.letters = new FollowUpLetters(new RegistryLetterhead(letterhead.name(), letterhead.returnAddress(), letterhead.phone()));
        this.clock = clock;
    }

    @GET
    @Produces(PDF)
    @Operation(summary = "The follow-up letter of one patient as PDF, to the physician (default) or to the patient",
            description = "Audited (follow-up-letter.generated) with the letter's id, answered in X-Letter-Id.")
    public Uni<Response> letter(@RestPath UUID id, @RestQuery @DefaultValue("PHYSICIAN") String recipient) {
        Recipient to = recipient(recipient);
        UUID letterId = UUID.randomUUID();
        String actor = caller.getPrincipal().getName();
        return followUps.findById(id)
                .onItem().ifNull().failWith(() -> new NotFoundException("No followed patient " + id))
                .map(followUp -> letters.letter(request(followUp, to, LocalDate.now(clock)), LocalDate.now(clock)))
                .call(pdf -> audit.append(List.of(generated(actor, id, letterId, to))))
                .map(pdf -> Response.ok(pdf, PDF).header(LETTER_ID, letterId)
                        .header("Content-Disposition", "attachment; filename=\"follow-up-letter.pdf\"").build());
    }

    static AuditRecord generated(String actor, UUID patientId, UUID letterId, Recipient to) {
        return new AuditRecord(Instant.now(), actor, LETTER_GENERATED, patientId, letterId.toString(), Map.of("recipient", to.name()));
    }

    /** The letter of one patient; a patient never contacted since diagnosis is due on the given day. */
    static LetterRequest request(FollowUp followUp, Recipient recipient, LocalDate dueIfNeverContacted) {
        LocalDate due = followUp.nextDueDate == null ? dueIfNeverContacted : followUp.nextDueDate;
        String patientName = String.join(" ", nonBlank(followUp.nameFirst), nonBlank(followUp.nameLast)).trim();
        String birth = followUp.dateOfBirth != null && followUp.dateOfBirth.length() == 8
                ? followUp.dateOfBirth.substring(0, 4) + "-" + followUp.dateOfBirth.substring(4, 6) + "-" + followUp.dateOfBirth.substring(6)
                : "";
        Map<String, String> items = followUp.patientItems;
        List<String> patientAddress = new ArrayList<>();
        String cityLine = String.join(" ", nonBlank(items.get("addrCurrentCity")), nonBlank(items.get("addrCurrentState")),
                nonBlank(items.get("addrCurrentPostalCode"))).trim();
        if (!cityLine.isEmpty()) {
            patientAddress.add(cityLine);
        }
        return recipient == Recipient.PATIENT
                ? new LetterRequest(Recipient.PATIENT, patientName, patientAddress, patientName, birth, followUp.lastContact, due,
                        followUp.primarySite)
                : new LetterRequest(Recipient.PHYSICIAN,
                        followUp.physician == null ? "Attending physician" : followUp.physician,
                        List.of(followUp.reportingFacility == null ? "c/o the reporting facility"
                                : "c/o reporting facility " + followUp.reportingFacility),
                        patientName, birth, followUp.lastContact, due,
                        followUp.primarySite);
    }

    /** A letter that cannot be written for lack of data (no address, no date of birth): the message names the field. */
    @ServerExceptionMapper
    public Response incompleteLetter(IllegalArgumentException missing) {
        return Response.status(422).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(422, "Letter cannot be written", missing.getMessage())).build();
    }

    static Recipient recipient(String value) {
        try {
            return Recipient.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("recipient", "PHYSICIAN or PATIENT");
        }
    }

    private static String nonBlank(String value) {
        return value == null ? "" : value;
    }
}
