package org.cancerregistry.followup.letter;

import static org.cancerregistry.followup.Roles.REGISTRAR;
import static org.cancerregistry.followup.Roles.REGISTRY_MANAGER;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.cancerregistry.followup.audit.AuditTrail;
import org.cancerregistry.followup.problem.Problem;
import org.cancerregistry.followup.schedule.FollowUp;
import org.cancerregistry.followup.schedule.FollowUpRepository;
import org.cancerregistry.followup.schedule.FollowUpRepository.WorkListFilter;
import org.cancerregistry.followup.schedule.ThroughDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.panache.common.Page;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

@Path("/api/v1/follow-ups/due/letters")
@RolesAllowed({ REGISTRAR, REGISTRY_MANAGER })
public class DueLettersResource {

    // A due list's letters in one file; a month's due list of a large registry fits well below it.
    private static final int MAX_LETTERS = 5000;

    /** How many due patients got no letter because their record lacks what a letter needs (name, address...). */
    static final String SKIPPED = "X-Letters-Skipped";

    private record Batch(List<LetterRequest> requests, List<UUID> patients, int skipped) {
    }

    private final FollowUpRepository followUps;
    private final FollowUpLetters letters;
    private final AuditTrail audit;
    private final SecurityIdentity caller;
    private final Clock clock;

    DueLettersResource(FollowUpRepository followUps, LetterheadConfig letterhead, AuditTrail audit, SecurityIdentity caller, Clock clock) {
        this.followUps = followUps;
        this.audit = audit;
        this.caller = caller;
        this.letters = new FollowUpLetters(new RegistryLetterhead(letterhead.name(), letterhead.returnAddress(), letterhead.phone()));
        this.clock = clock;
    }

    @GET
    @Produces(LetterResource.PDF)
    @Operation(summary = "Every letter of a due list in one PDF, one letter per page (at most 5000)",
            description = "Patients whose record lacks what a letter needs are skipped and counted in X-Letters-Skipped; "
                    + "204 when no letter could be written. Each patient with a letter is audited (follow-up-letter.generated) "
                    + "with the file's id, answered in X-Letter-Id.")
    public Uni<Response> dueLetters(@RestQuery String through, @RestQuery String physician, @RestQuery String facility,
            @RestQuery @DefaultValue("PHYSICIAN") String recipient) {
        Recipient to = LetterResource.recipient(recipient);
        LocalDate until = ThroughDate.orToday("through", through, clock);
        UUID letterId = UUID.randomUUID();
        String actor = caller.getPrincipal().getName();
        return followUps.dueThrough(until, new WorkListFilter(physician, facility, "name"), Page.ofSize(MAX_LETTERS))
                .map(due -> writable(due, to, until))
                .call(batch -> audit.append(batch.patients().stream()
                        .map(patient -> LetterResource.generated(actor, patient, letterId, to)).toList()))
                // PDF writing blocks: off the event loop, on a worker thread.
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(batch -> {
                    if (batch.requests().isEmpty()) {
                        return Response.noContent().header(SKIPPED, batch.skipped()).build();
                    }
                    LocalDate printedOn = LocalDate.now(clock);
                    StreamingOutput pdf = out -> letters.letters(batch.requests(), printedOn, out);
                    return Response.ok(pdf, LetterResource.PDF).header(SKIPPED, batch.skipped()).header(LetterResource.LETTER_ID, letterId)
                            .header("Content-Disposition", "attachment; filename=\"follow-up-letters.pdf\"").build();
                });
    }

    private static Batch writable(List<FollowUp> due, Recipient to, LocalDate until) {
        List<LetterRequest> requests = new ArrayList<>();
        List<UUID> patients = new ArrayList<>();
        int skipped = 0;
        for (FollowUp followUp : due) {
            try {
                requests.add(LetterResource.request(followUp, to, until));
                patients.add(followUp.patientId);
            } catch (IllegalArgumentException incomplete) {
                skipped++;
            }
        }
        return new Batch(requests, patients, skipped);
    }

    /** A letter that cannot be written for lack of data (no address, no date of birth): the message names the field. */
    @ServerExceptionMapper
    public Response incompleteLetter(IllegalArgumentException missing) {
        return Response.status(422).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(422, "Letter cannot be written", missing.getMessage())).build();
    }
}
