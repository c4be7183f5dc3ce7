package org.cancerregistry.abstracting.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.smallrye.mutiny.Uni;

/** reporting-service's REST API, called with the registrar's own access token. */
@RegisterRestClient(configKey = "reporting")
@AccessToken
@Path("/api/v1")
public interface ReportingApi {

    /** What the registrar asks for; stateRegistry addresses it, for a reporting service that knows addressing. */
    record SubmissionRequest(String recordType, String naaccrVersion, List<Integer> diagnosisYears, String stateRegistry) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SubmissionStatus(UUID id, String recordType, String naaccrVersion, String diagnosisYears, String state,
            Instant requestedAt, String requestedBy, int patients, int tumors, String sha256, String failure,
            Instant completedAt, String acknowledgement, String acknowledgementReasons, Instant acknowledgedAt,
            String stateRegistry) {

        public boolean inProgress() {
            return "QUEUED".equals(state) || "RUNNING".equals(state);
        }

        public boolean ready() {
            return "READY".equals(state);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SubmissionSummary(UUID id) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SubmissionList(List<SubmissionSummary> items) {
    }

    @POST
    @Path("/submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<SubmissionStatus> request(SubmissionRequest request);

    @GET
    @Path("/submissions")
    Uni<SubmissionList> submissions(@RestQuery int size);

    @GET
    @Path("/submissions/{id}")
    Uni<SubmissionStatus> submission(@RestPath UUID id);

    @GET
    @Path("/data-quality")
    Uni<JsonNode> dataQuality(@RestQuery Integer diagnosisYear);

    @GET
    @Path("/dead-letters")
    Uni<RemoteDeadLetter.DeadLetterList> deadLetters(@RestQuery int page, @RestQuery int size);

    @POST
    @Path("/dead-letters/{id}/replay")
    Uni<RemoteDeadLetter> replayDeadLetter(@RestPath long id);
}
