package org.cancerregistry.abstracting.web;

import static org.cancerregistry.abstracting.Roles.REGISTRY_MANAGER;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.cancerregistry.abstracting.deadletter.DeadLetter;
import org.cancerregistry.abstracting.deadletter.DeadLetterReplay;
import org.cancerregistry.abstracting.deadletter.DeadLetters;
import org.cancerregistry.abstracting.outbox.SetAsideEvents;
import org.cancerregistry.abstracting.outbox.SetAsideEvents.SetAsideEvent;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.panache.common.Page;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * The manager's dead letters: events a consumer could not handle, with the reason, each replayed by a button once
 * the cause is fixed, and the events of the service's own outbox that could not be published, each retried by a
 * button. Below them, the dead letters of followup-service and reporting-service, through their APIs with the
 * manager's own token, each replayed there. Never a payload: it holds the report, and this list is for finding what
 * went wrong.
 */
@Path("/ui/dead-letters")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(REGISTRY_MANAGER)
public class DeadLetterPage {

    private static final int PAGE_SIZE = 100;
    private static final String FOLLOWUP = "followup";
    private static final String REPORTING = "reporting";

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance deadLetters(List<Row> rows, List<SetAsideRow> setAside, List<ServiceSection> services);

        static native TemplateInstance deadLetters$row(Row row);

        static native TemplateInstance deadLetters$setAsideRow(SetAsideRow event, boolean retried);
    }

    /** A dead letter of this service (service null) or of another, "followup" or "reporting", where it is replayed. */
    public record Row(String service, long id, String sourceTopic, Integer sourcePartition, Long sourceOffset, String reason,
            String firstSeen, String replayed, String replayResult) {

        static Row of(DeadLetter letter) {
            return new Row(null, letter.id, letter.sourceTopic, letter.sourcePartition, letter.sourceOffset, letter.reason,
                    Display.instant(letter.firstSeenAt), Display.instant(letter.replayedAt),
                    letter.replayResult == null ? "" : Display.words(letter.replayResult.name()));
        }

        static Row of(String service, RemoteDeadLetter letter) {
            return new Row(service, letter.id(), letter.sourceTopic(), letter.sourcePartition(), letter.sourceOffset(),
                    letter.reason(), Display.instant(letter.firstSeenAt()), Display.instant(letter.replayedAt()),
                    letter.replayResult() == null ? "" : Display.words(letter.replayResult()));
        }

        public String where() {
            return "partition " + sourcePartition + ", offset " + sourceOffset;
        }

        public String elementId() {
            return service == null ? "dead-letter-" + id : service + "-dead-letter-" + id;
        }

        public String replayPath() {
            return "/ui/dead-letters/" + (service == null ? "" : service + "/") + id + "/replay";
        }
    }

    /** The dead letters of another service, or none and unreachable when it did not answer. */
    public record ServiceSection(String service, String title, List<Row> rows, boolean unreachable) {
    }

    /** An event of this service's own outbox that the relay set aside: what and why, never the payload. */
    public record SetAsideRow(UUID id, String topic, String eventType, String occurred, String setAside, String reason) {

        static SetAsideRow of(SetAsideEvent event) {
            return new SetAsideRow(event.id(), event.topic(), event.eventType(), Display.instant(event.occurredAt()),
                    Display.instant(event.setAsideAt()), event.reason() == null ? "" : event.reason());
        }
    }

    private final DeadLetters deadLetters;
    private final DeadLetterReplay replay;
    private final SetAsideEvents setAside;
    private final CurrentRegistrar registrar;
    private final FollowUpApi followUp;
    private final ReportingApi reporting;

    DeadLetterPage(DeadLetters deadLetters, DeadLetterReplay replay, SetAsideEvents setAside, CurrentRegistrar registrar,
            @RestClient FollowUpApi followUp, @RestClient ReportingApi reporting) {
        this.deadLetters = deadLetters;
        this.replay = replay;
        this.setAside = setAside;
        this.registrar = registrar;
        this.followUp = followUp;
        this.reporting = reporting;
    }

    @GET
    public Uni<TemplateInstance> deadLetters() {
        Uni<ServiceSection> followUpSection = section(FOLLOWUP, "Follow-up service", followUp.deadLetters(0, PAGE_SIZE));
        Uni<ServiceSection> reportingSection = section(REPORTING, "Reporting service", reporting.deadLetters(0, PAGE_SIZE));
        return deadLetters.newestFirst(Page.ofSize(PAGE_SIZE)).flatMap(letters -> setAside.newestFirst(0, PAGE_SIZE)
                .flatMap(events -> Uni.combine().all().unis(followUpSection, reportingSection)
                        .with((followUpLetters, reportingLetters) -> Templates.deadLetters(
                                letters.stream().map(Row::of).toList(), events.stream().map(SetAsideRow::of).toList(),
                                List.of(followUpLetters, reportingLetters)))));
    }

    private static Uni<ServiceSection> section(String service, String title, Uni<RemoteDeadLetter.DeadLetterList> letters) {
        return letters.map(list -> new ServiceSection(service, title,
                        list.items().stream().map(letter -> Row.of(service, letter)).toList(), false))
                .onFailure().recoverWithItem(failure -> new ServiceSection(service, title, List.of(), true));
    }

    /** The retry button of a set-aside outbox event (htmx): back in line for the relay. */
    @POST
    @Path("/outbox/{id}/retry")
    public Uni<TemplateInstance> retry(@RestPath UUID id) {
        return setAside.retry(id, registrar.getName())
                .map(event -> Templates.deadLetters$setAsideRow(SetAsideRow.of(event), true));
    }

    /** The replay button (htmx): the row again, with how the replay went. */
    @POST
    @Path("/{id}/replay")
    public Uni<TemplateInstance> replay(@RestPath long id) {
        return replay.replay(id, registrar.getName()).map(letter -> Templates.deadLetters$row(Row.of(letter)));
    }

    /** The replay button of a follow-up service's dead letter (htmx): replayed there, the row again. */
    @POST
    @Path("/" + FOLLOWUP + "/{id}/replay")
    public Uni<TemplateInstance> replayFollowUp(@RestPath long id) {
        return followUp.replayDeadLetter(id).map(letter -> Templates.deadLetters$row(Row.of(FOLLOWUP, letter)));
    }

    /** The replay button of a reporting service's dead letter (htmx): replayed there, the row again. */
    @POST
    @Path("/" + REPORTING + "/{id}/replay")
    public Uni<TemplateInstance> replayReporting(@RestPath long id) {
        return reporting.replayDeadLetter(id).map(letter -> Templates.deadLetters$row(Row.of(REPORTING, letter)));
    }
}
