package org.cancerregistry.abstracting.tumor;

import static org.cancerregistry.abstracting.Roles.REGISTRAR;
import static org.cancerregistry.abstracting.Roles.REGISTRY_MANAGER;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cancerregistry.abstracting.ApiExamples;
import org.cancerregistry.abstracting.edits.EditFailure;
import org.cancerregistry.abstracting.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/tumors/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ REGISTRAR, REGISTRY_MANAGER })
public class TumorResource {

    /** The body of PATCH: the items to set by naaccrId; a blank value clears an item. */
    public record ItemChanges(@NotNull Map<String, String> items) {
    }

    /** 409 problem JSON for a completion refused by the edits. */
    public record CompletionRefused(String type, String title, int status, String detail, List<EditFailure> failingEdits) {
    }

    /** 409 problem JSON for a change that lost a race with another: the abstract as it stands now. */
    public record ConcurrentChange(String type, String title, int status, String detail, TumorAbstract currentAbstract) {
    }

    private final TumorAbstracts abstracts;
    private final SecurityIdentity caller;

    TumorResource(TumorAbstracts abstracts, SecurityIdentity caller) {
        this.abstracts = abstracts;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "A tumor's abstract: items, suggestions, failing edits and derived stage (the read is audited)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "in progress", value = ApiExamples.TUMOR_ABSTRACT)))
    public Uni<TumorAbstract> get(@RestPath UUID id) {
        return abstracts.read(id, actor());
    }

    @PATCH
    @APIResponse(responseCode = "200", description = "Changed: the abstract with its edits run again")
    @APIResponse(responseCode = "409", description = "Changed by someone else at the same time: nothing saved; currentAbstract is "
            + "the abstract as it stands now", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change items of the abstract",
            description = "Patient-level items change the patient, tumor-level items the tumor. Every value is checked against "
                    + "the NAACCR v26 item table (400 problem JSON naming each item at fault); the answer is the abstract with "
                    + "its edits run again. A change to a completed abstract is published as an update.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "code the site",
            value = "{\"items\": {\"primarySite\": \"C504\", \"laterality\": \"2\", \"histologicTypeIcdO3\": \"8500\", "
                    + "\"behaviorCodeIcdO3\": \"3\", \"dateOfDiagnosis\": \"20260310\"}}")))
    public Uni<TumorAbstract> change(@RestPath UUID id, @Valid @NotNull ItemChanges changes) {
        return abstracts.change(id, changes.items(), actor());
    }

    @POST
    @Path("/completion")
    @Operation(summary = "Complete the abstract",
            description = "Refused with 409 and the failing edits until every edit passes; then dateCaseCompleted is set and "
                    + "a TumorAbstractChanged (COMPLETED) event with every patient and tumor item goes to tumor-abstracts.")
    @APIResponse(responseCode = "200", description = "Completed")
    @APIResponse(responseCode = "409", description = "Edits fail", content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "date of birth after diagnosis", value = ApiExamples.COMPLETION_REFUSED)))
    public Uni<TumorAbstract> complete(@RestPath UUID id) {
        return abstracts.complete(id, actor());
    }

    @ServerExceptionMapper
    public Response editsFailing(TumorAbstracts.EditsFailing refused) {
        return Response.status(409).type(Problem.MEDIA_TYPE)
                .entity(new CompletionRefused("about:blank", "Edits fail", 409,
                        "The abstract cannot be completed while " + refused.failures.size() + " edit(s) fail.", refused.failures))
                .build();
    }

    @ServerExceptionMapper
    public Response changedConcurrently(TumorAbstracts.ChangedConcurrently conflict) {
        return Response.status(409).type(Problem.MEDIA_TYPE)
                .entity(new ConcurrentChange("about:blank", "Changed by someone else", 409,
                        "The abstract was changed by someone else at the same time; nothing was saved. currentAbstract is the "
                                + "abstract as it stands now: apply the change to it again.", conflict.current))
                .build();
    }

    private String actor() {
        return caller.getPrincipal().getName();
    }
}
