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
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.panache.common.Page;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * The manager's dead letters: events a consumer could not handle, with the reason, each replayed by a button once
 * the cause is fixed, and the events of the service's own outbox that could not be published, each retried by a
 * button. Never a payload: it holds the report, and this list is for finding what went wrong.
 */
@Path("/ui/dead-letters")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(REGISTRY_MANAGER)
public class DeadLetterPage {

    private static final int PAGE_SIZE = 100;

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance deadLetters(List<Row> rows, List<SetAsideRow> setAside);

        static native TemplateInstance deadLetters$row(Row row);

        static native TemplateInstance deadLetters$setAsideRow(SetAsideRow event, boolean retried);
    }

    public record Row(long id, String sourceTopic, String where, String reason, String firstSeen, String replayed,
            String replayResult) {

        static Row of(DeadLetter letter) {
            return new Row(letter.id, letter.sourceTopic,
                    "partition " + letter.sourcePartition + ", offset " + letter.sourceOffset,
                    letter.reason, Display.instant(letter.firstSeenAt), Display.instant(letter.replayedAt),
                    letter.replayResult == null ? "" : Display.words(letter.replayResult.name()));
        }
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

    DeadLetterPage(DeadLetters deadLetters, DeadLetterReplay replay, SetAsideEvents setAside, CurrentRegistrar registrar) {
        this.deadLetters = deadLetters;
        this.replay = replay;
        this.setAside = setAside;
        this.registrar = registrar;
    }

    @GET
    public Uni<TemplateInstance> deadLetters() {
        return deadLetters.newestFirst(Page.ofSize(PAGE_SIZE)).flatMap(letters -> setAside.newestFirst(0, PAGE_SIZE)
                .map(events -> Templates.deadLetters(letters.stream().map(Row::of).toList(),
                        events.stream().map(SetAsideRow::of).toList())));
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
}
