package org.cancerregistry.reporting.submission;

import static org.cancerregistry.reporting.Roles.REGISTRAR;
import static org.cancerregistry.reporting.Roles.REGISTRY_MANAGER;
import static org.cancerregistry.reporting.Roles.STATE_REGISTRY;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/submissions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ REGISTRAR, REGISTRY_MANAGER, STATE_REGISTRY })
public class SubmissionResource {

    static final String SHA256_HEADER = "X-Content-SHA256";

    private final SubmissionRepository submissions;
    private final SubmissionGenerator generator;
    private final SecurityIdentity caller;

    SubmissionResource(SubmissionRepository submissions, SubmissionGenerator generator, SecurityIdentity caller) {
        this.submissions = submissions;
        this.generator = generator;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ REGISTRAR, REGISTRY_MANAGER })
    @Operation(summary = "Request a NAACCR XML submission of the tumors diagnosed in the given years",
            description = "202 with Location: the file is generated in the background; follow its state with GET.")
    @APIResponse(responseCode = "202", description = "Queued")
    public Uni<Response> request(@Valid @NotNull SubmissionRequest request) {
        Submission submission = new Submission();
        submission.id = UUID.randomUUID();
        submission.recordType = request.recordType();
        submission.naaccrVersion = request.naaccrVersion();
        submission.diagnosisYears = String.join(",", request.diagnosisYears().stream().distinct().sorted().map(String::valueOf).toList());
        submission.state = SubmissionState.QUEUED;
        submission.requestedAt = Instant.now();
        submission.requestedBy = caller.getPrincipal().getName();
        return Panache.withTransaction(() -> submissions.persist(submission))
                .invoke(stored -> generator.start(stored.id))
                .map(stored -> Response.accepted(SubmissionStatus.of(stored))
                        .location(URI.create("/api/v1/submissions/" + stored.id)).build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A submission's state (queued, running, ready, failed), counts and SHA-256")
    public Uni<SubmissionStatus> status(@RestPath UUID id) {
        return find(id).map(SubmissionStatus::of);
    }

    @GET
    @Path("/{id}/file")
    @Produces("application/xml")
    @Operation(summary = "The submission's NAACCR XML file, with its SHA-256 in X-Content-SHA256",
            description = "409 while the file is not ready. Every download is recorded: who and when.")
    public Uni<Response> file(@RestPath UUID id) {
        return Panache.withTransaction(() -> find(id).flatMap(submission -> {
            if (submission.state != SubmissionState.READY) {
                return Uni.createFrom().failure(
                        new ClientErrorException("The submission is " + submission.state + ", not READY.", Response.Status.CONFLICT));
            }
            SubmissionDownload download = new SubmissionDownload();
            download.submissionId = id;
            download.downloadedBy = caller.getPrincipal().getName();
            download.downloadedAt = Instant.now();
            return Panache.getSession().flatMap(session -> session.persist(download)).replaceWith(submission);
        })).map(submission -> Response.ok(java.nio.file.Path.of(submission.filePath), "application/xml")
                    .header(SHA256_HEADER, submission.sha256)
                    .header("Content-Disposition", "attachment; filename=\"submission-" + id + ".xml\"")
                    .build());
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(STATE_REGISTRY)
    @Operation(summary = "The state registry accepts a submission, or rejects it with reasons")
    public Uni<SubmissionStatus> acknowledge(@RestPath UUID id, @Valid @NotNull Acknowledgement acknowledgement) {
        return Panache.withTransaction(() -> find(id).map(submission -> {
            if (submission.state != SubmissionState.READY) {
                throw new ClientErrorException("Only a READY submission can be acknowledged.", Response.Status.CONFLICT);
            }
            submission.acknowledgement = acknowledgement.status();
            submission.acknowledgementReasons = acknowledgement.reasons() == null ? null : String.join("\n", acknowledgement.reasons());
            submission.acknowledgedBy = caller.getPrincipal().getName();
            submission.acknowledgedAt = Instant.now();
            return SubmissionStatus.of(submission);
        }));
    }

    private Uni<Submission> find(UUID id) {
        return submissions.findById(id).onItem().ifNull().failWith(() -> new NotFoundException("No submission " + id));
    }

    @GET
    @Operation(summary = "Submissions, newest first")
    public Uni<ResultPage<SubmissionSummary>> list(
            @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue("50") @Min(1) @Max(500) int size) {
        return submissions.listAll(Page.of(page, size))
                .map(list -> new ResultPage<>(list.stream().map(SubmissionSummary::of).toList(), page, size));
    }
}
