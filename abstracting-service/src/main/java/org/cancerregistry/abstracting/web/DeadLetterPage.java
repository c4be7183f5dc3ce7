package org.cancerregistry.abstracting.web;

import static org.cancerregistry.abstracting.Roles.REGISTRY_MANAGER;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.cancerregistry.abstracting.deadletter.DeadLetter;
import org.cancerregistry.abstracting.deadletter.DeadLetterReplay;
import org.cancerregistry.abstracting.deadletter.DeadLetters;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.panache.common.Page;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * The manager's dead letters: events a consumer could not handle, with the reason, each replayed by a button once
 * the cause is fixed. Never the payload: it holds the report, and this list is for finding what went wrong.
 */
@Path("/ui/dead-letters")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(REGISTRY_MANAGER)
public class DeadLetterPage {

    private static final int PAGE_SIZE = 100;

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance deadLetters(List<Row> rows);

        static native TemplateInstance deadLetters$row(Row row);
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

    private final DeadLetters deadLetters;
    private final DeadLetterReplay replay;
    private final CurrentRegistrar registrar;

    DeadLetterPage(DeadLetters deadLetters, DeadLetterReplay replay, CurrentRegistrar registrar) {
        this.deadLetters = deadLetters;
        this.replay = replay;
        this.registrar = registrar;
    }

    @GET
    public Uni<TemplateInstance> deadLetters() {
        return deadLetters.newestFirst(Page.ofSize(PAGE_SIZE))
                .map(letters -> Templates.deadLetters(letters.stream().map(Row::of).toList()));
    }

    /** The replay button (htmx): the row again, with how the replay went. */
    @POST
    @Path("/{id}/replay")
    public Uni<TemplateInstance> replay(@RestPath long id) {
        return replay.replay(id, registrar.getName()).map(letter -> Templates.deadLetters$row(Row.of(letter)));
    }
}
