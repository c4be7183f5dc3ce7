package org.cancerregistry.followup.schedule;

import static org.cancerregistry.followup.Roles.REGISTRAR;
import static org.cancerregistry.followup.Roles.REGISTRY_MANAGER;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.cancerregistry.followup.audit.AuditRecord;
import org.cancerregistry.followup.audit.AuditTrail;
import org.cancerregistry.followup.problem.InvalidParameterException;
import org.cancerregistry.followup.problem.PageRequest;
import org.cancerregistry.followup.problem.ResultPage;
import org.cancerregistry.followup.schedule.FollowUpRepository.WorkListFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ REGISTRAR, REGISTRY_MANAGER })
public class DueListResource {

    private static final int MAX_SIZE = 500;
    private static final Set<String> SORTS = Set.of("dueDate", "-dueDate", "name");

    static final String DUE_LIST_READ = "due-list.read";
    static final String DELINQUENT_LIST_READ = "delinquent-list.read";

    private final FollowUpRepository followUps;
    private final AuditTrail audit;
    private final SecurityIdentity caller;
    private final Clock clock;

    DueListResource(FollowUpRepository followUps, AuditTrail audit, SecurityIdentity caller, Clock clock) {
        this.followUps = followUps;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Path("/due")
    @Operation(summary = "Patients whose follow-up is due on or before a date, earliest first",
            description = "Followed patients (alive, eligible by the CoC rules) whose next contact, 12 months after the last, "
                    + "falls on or before the date; never-contacted ones too. Each patient listed is audited (due-list.read).")
    public Uni<ResultPage<DueFollowUp>> due(
            @Parameter(description = "ISO date (YYYY-MM-DD); today when absent") @RestQuery String through,
            @RestQuery String physician, @RestQuery String facility,
            @Parameter(description = "dueDate (default), -dueDate or name") @RestQuery String sort,
            @Parameter(description = "0 to 1000000", schema = @Schema(type = SchemaType.INTEGER)) @RestQuery @DefaultValue("0") String page,
            @Parameter(description = "1 to 500", schema = @Schema(type = SchemaType.INTEGER)) @RestQuery @DefaultValue("50") String size) {
        PageRequest asked = PageRequest.of(page, size, MAX_SIZE);
        LocalDate until = ThroughDate.orToday("through", through, clock);
        return followUps.dueThrough(until, filter(physician, facility, sort), asked.toPage())
                .call(list -> audited(list, DUE_LIST_READ, Map.of("through", until.toString())))
                .map(list -> new ResultPage<>(list.stream().map(DueFollowUp::of).toList(), asked.page(), asked.size()));
    }

    @GET
    @Path("/delinquent")
    @Operation(summary = "Patients not heard of for 15 months or more (delinquent, or lost to follow-up)",
            description = "Each patient listed is audited (delinquent-list.read).")
    public Uni<ResultPage<DueFollowUp>> delinquent(
            @RestQuery String physician, @RestQuery String facility,
            @Parameter(description = "dueDate (default), -dueDate or name") @RestQuery String sort,
            @Parameter(description = "0 to 1000000", schema = @Schema(type = SchemaType.INTEGER)) @RestQuery @DefaultValue("0") String page,
            @Parameter(description = "1 to 500", schema = @Schema(type = SchemaType.INTEGER)) @RestQuery @DefaultValue("50") String size) {
        PageRequest asked = PageRequest.of(page, size, MAX_SIZE);
        return followUps.delinquent(filter(physician, facility, sort), asked.toPage())
                .call(list -> audited(list, DELINQUENT_LIST_READ, Map.of()))
                .map(list -> new ResultPage<>(list.stream().map(DueFollowUp::of).toList(), asked.page(), asked.size()));
    }

    /** One audit row per patient listed, before the list is answered. */
    private Uni<Void> audited(List<FollowUp> listed, String action, Map<String, Object> details) {
        Instant now = Instant.now();
        String actor = caller.getPrincipal().getName();
        return audit.append(listed.stream().map(followUp -> new AuditRecord(now, actor, action, followUp.patientId, null, details)).toList());
    }

    private static WorkListFilter filter(String physician, String facility, String sort) {
        if (sort != null && !SORTS.contains(sort)) {
            throw new InvalidParameterException("sort", "sort by dueDate, -dueDate or name");
        }
        return new WorkListFilter(blankToNull(physician), blankToNull(facility), sort);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
