package org.cancerregistry.abstracting.web;

import static org.cancerregistry.abstracting.Roles.REGISTRAR;
import static org.cancerregistry.abstracting.Roles.REGISTRY_MANAGER;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/** The follow-up work lists from followup-service: due through a date, and delinquent; letters to download. */
@Path("/ui/follow-up")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ REGISTRAR, REGISTRY_MANAGER })
public class FollowUpPage {

    private static final int LIST_SIZE = 500;
    private static final List<String> SORTS = List.of("dueDate", "-dueDate", "name");

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance followUp(String through, String sort, List<FollowUpApi.DueFollowUp> due,
                List<FollowUpApi.DueFollowUp> delinquent, String unavailable);
    }

    private final FollowUpApi followUp;
    private final Clock clock;

    FollowUpPage(@RestClient FollowUpApi followUp, Clock clock) {
        this.followUp = followUp;
        this.clock = clock;
    }

    @GET
    public Uni<TemplateInstance> lists(@RestQuery String through, @RestQuery String sort) {
        String date = isoDate(through) ? through.trim() : LocalDate.now(clock).toString();
        String order = sort != null && SORTS.contains(sort) ? sort : "dueDate";
        return followUp.due(date, order, LIST_SIZE)
                .flatMap(due -> followUp.delinquent(order, LIST_SIZE)
                        .map(delinquent -> Templates.followUp(date, order, due.items(), delinquent.items(), null)))
                .onFailure().recoverWithItem(failure -> Templates.followUp(date, order, List.of(), List.of(),
                        "The follow-up lists are not available right now."));
    }

    @GET
    @Path("/{patientId}/letter")
    @Produces("application/pdf")
    public Uni<Response> letter(@RestPath UUID patientId, @RestQuery String recipient) {
        String to = "PATIENT".equals(recipient) ? "PATIENT" : "PHYSICIAN";
        return followUp.letter(patientId, to).map(pdf -> Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"follow-up-letter-" + patientId + ".pdf\"").build());
    }

    private static boolean isoDate(String value) {
        try {
            return value != null && LocalDate.parse(value.trim()) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
