package org.cancerregistry.reporting.submission;

import static org.cancerregistry.reporting.Roles.REGISTRAR;
import static org.cancerregistry.reporting.Roles.REGISTRY_MANAGER;
import static org.cancerregistry.reporting.Roles.STATE_REGISTRY;

import java.net.URI;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cancerregistry.reporting.problem.InvalidParameterException;
import org.cancerregistry.reporting.problem.PageRequest;
import org.cancerregistry.reporting.problem.ResultPage;
import org.cancerregistry.reporting.stateregistry.StateRegistries;
import org.cancerregistry.reporting.submission.AcknowledgementHistory.AcknowledgementEntry;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.Compressed;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

@Path("/api/v1/submissions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ REGISTRAR, REGISTRY_MANAGER, STATE_REGISTRY })
public class SubmissionResource {

    static final String SHA256_HEADER = "X-Content-SHA256";

    private final SubmissionRepository submissions;
    private final AcknowledgementHistory acknowledgements;
    private final SubmissionGenerator generator;
    private final SubmissionDownloads downloads;
    private final StateRegistries stateRegistries;
    private final SecurityIdentity caller;
    private final JsonWebToken token;

    SubmissionResource(SubmissionRepository submissions, AcknowledgementHistory acknowledgements, SubmissionGenerator generator,
            SubmissionDownloads downloads, StateRegistries stateRegistries, SecurityIdentity caller, JsonWebToken token) {
        this.submissions = submissions;
        this.acknowledgements = acknowledgements;
        this.generator = generator;
        this.downloads = downloads;
        this.stateRegistries = stateRegistries;
        this.caller = caller;
        this.token = token;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ REGISTRAR, REGISTRY_MANAGER })
    @Operation(summary = "Request a NAACCR XML submission for a state registry",
            description = """
                    202 with Location: the file is generated in the background; follow its state with GET. Tumors are selected by \
                    diagnosis years, by changedSinceLastAccepted (tumors the addressed state registry has not accepted at their \
                    current abstract version, i.e. new or changed since its last accepted submission; everything when it accepted \
                    none yet), or both. Record type M sends only tumors the state registry accepted before at a lower abstract \
                    version; nothing when it accepted none yet. stateRegistry must be one the registry reports to \
                    (GET /api/v1/state-registries); any other is refused with 400 and nothing is generated.""")
    @APIResponse(responseCode = "202", description = "Queued")
    public Uni<Response> request(@Valid @NotNull SubmissionRequest request) {
        if (!stateRegistries.configured(request.stateRegistry())) {
            throw new InvalidParameterException("stateRegistry", "not a state registry this registry reports to");
        }
        Submission submission = new Submission();
        submission.id = UUID.randomUUID();
        submission.recordType = request.recordType();
        submission.naaccrVersion = request.naaccrVersion();
        submission.diagnosisYears = String.join(",", request.years().stream().map(String::valueOf).toList());
        submission.stateRegistry = request.stateRegistry();
        submission.changedSinceLastAccepted = request.changedOnly();
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
    @Operation(summary = "A submission's state (queued, running, ready, failed), progress and SHA-256",
            description = "While RUNNING, tumors counts the tumors written so far out of tumorsTotal; sha256 once READY. "
                    + "A state registry sees only submissions addressed to it (others: 404).")
    public Uni<SubmissionStatus> status(@RestPath UUID id) {
        return find(id).map(SubmissionStatus::of);
    }

    @GET
    @Path("/{id}/file")
    @Produces("application/xml")
    @Compressed
    @Operation(summary = "The submission's NAACCR XML file, with its SHA-256 in X-Content-SHA256",
            description = """
                    409 while the file is not ready. With Accept-Encoding: gzip the file is streamed gzip-compressed \
                    (Content-Encoding: gzip); X-Content-SHA256 is always the SHA-256 of the uncompressed file. A state registry \
                    downloads only submissions addressed to it (others: 404). Every download is recorded: who and when.""")
    public Uni<Response> file(@RestPath UUID id) {
        String downloadedBy = caller.getPrincipal().getName();
        return find(id).map(submission -> {
            if (submission.state != SubmissionState.READY) {
                throw new ClientErrorException("The submission is " + submission.state + ", not READY.", Response.Status.CONFLICT);
            }
            return submission;
        }).emitOn(Infrastructure.getDefaultWorkerPool()).map(submission -> {
            try {
                downloads.record(submission, downloadedBy);
            } catch (SQLException e) {
                throw new IllegalStateException("the download could not be recorded", e);
            }
            return Response.ok(java.nio.file.Path.of(submission.filePath), "application/xml")
                    .header(SHA256_HEADER, submission.sha256)
                    .header("Content-Disposition", "attachment; filename=\"submission-" + id + ".xml\"")
                    .build();
        });
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(STATE_REGISTRY)
    @Operation(summary = "The state registry accepts a submission, or rejects it with reasons",
            description = "Only submissions addressed to the calling state registry (others: 404). An accepted submission is what "
                    + "changedSinceLastAccepted and record type M compare with. Every answer is kept (GET .../acknowledgements); "
                    + "the latest is the submission's current status.")
    public Uni<SubmissionStatus> acknowledge(@RestPath UUID id, @Valid @NotNull Acknowledgement acknowledgement) {
        return Panache.withTransaction(() -> find(id).flatMap(submission -> {
            if (submission.state != SubmissionState.READY) {
                return Uni.createFrom().failure(
                        new ClientErrorException("Only a READY submission can be acknowledged.", Response.Status.CONFLICT));
            }
            return acknowledgements.add(submission, acknowledgement, caller.getPrincipal().getName());
        })).map(SubmissionStatus::of);
    }

    @GET
    @Path("/{id}/acknowledgements")
    @Operation(summary = "Every answer of the state registry to the submission, oldest first",
            description = "A later answer never erases an earlier one; the last is the submission's current status. "
                    + "A state registry sees only submissions addressed to it (others: 404).")
    public Uni<List<AcknowledgementEntry>> acknowledgements(@RestPath UUID id) {
        return find(id).flatMap(submission -> acknowledgements.of(submission.id));
    }

    /** The submission, if the caller may see it: registrars and managers see all, a state registry those addressed to it. */
    private Uni<Submission> find(UUID id) {
        Optional<String> addressee = addressee();
        return submissions.findById(id)
                .map(found -> found != null && addressee.map(found.stateRegistry::equals).orElse(true) ? found : null)
                .onItem().ifNull().failWith(() -> new NotFoundException("No submission " + id));
    }

    /** The state registry's client id when the caller sees only what is addressed to it; empty for registry staff. */
    private Optional<String> addressee() {
        if (caller.hasRole(REGISTRAR) || caller.hasRole(REGISTRY_MANAGER)) {
            return Optional.empty();
        }
        String clientId = token.getClaim("azp");
        if (clientId == null || clientId.isBlank()) {
            throw new ForbiddenException("The token names no client (azp).");
        }
        return Optional.of(clientId);
    }

    @GET
    @Operation(summary = "Submissions, newest first",
            description = "Registrars and managers see every submission; a state registry only those addressed to it.")
    public Uni<ResultPage<SubmissionSummary>> list(
            @Parameter(description = "0 to 1000000", schema = @Schema(type = SchemaType.INTEGER)) @RestQuery @DefaultValue("0") String page,
            @Parameter(description = "1 to 500", schema = @Schema(type = SchemaType.INTEGER)) @RestQuery @DefaultValue("50") String size) {
        PageRequest asked = PageRequest.of(page, size, 500);
        Optional<String> addressee = addressee();
        Uni<List<Submission>> found = addressee.isPresent()
                ? submissions.listAddressedTo(addressee.get(), asked.toPage())
                : submissions.listAll(asked.toPage());
        return found.map(list -> new ResultPage<>(list.stream().map(SubmissionSummary::of).toList(), asked.page(), asked.size()));
    }
}
