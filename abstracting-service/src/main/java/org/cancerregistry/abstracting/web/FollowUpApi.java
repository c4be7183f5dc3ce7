package org.cancerregistry.abstracting.web;

import java.time.LocalDate;
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

/** followup-service's REST API, called with the registrar's own access token. */
@RegisterRestClient(configKey = "followup")
@AccessToken
@Path("/api/v1")
public interface FollowUpApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DueFollowUp(UUID patientId, String nameLast, String nameFirst, String dateOfBirth, LocalDate lastContact,
            LocalDate nextDueDate, LocalDate delinquentFrom, String status, String reportingFacility, String physician) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DueList(List<DueFollowUp> items) {
    }

    /** A follow-up attempt or result, as followup-service takes it. */
    record Contact(LocalDate contactDate, String source, String outcome, String vitalStatus, String cancerStatus,
            LocalDate dateOfDeath) {
    }

    @GET
    @Path("/follow-ups/due")
    Uni<DueList> due(@RestQuery String through, @RestQuery String sort, @RestQuery int size);

    @GET
    @Path("/follow-ups/delinquent")
    Uni<DueList> delinquent(@RestQuery String sort, @RestQuery int size);

    @POST
    @Path("/patients/{id}/follow-up-contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<JsonNode> record(@RestPath UUID id, Contact contact);

    @GET
    @Path("/patients/{id}/follow-up-letter")
    @Produces("application/pdf")
    Uni<byte[]> letter(@RestPath UUID id, @RestQuery String recipient);

    @GET
    @Path("/follow-up-rates")
    Uni<JsonNode> rates(@RestQuery int referenceYear);

    @GET
    @Path("/dead-letters")
    Uni<RemoteDeadLetter.DeadLetterList> deadLetters(@RestQuery int page, @RestQuery int size);

    @POST
    @Path("/dead-letters/{id}/replay")
    Uni<RemoteDeadLetter> replayDeadLetter(@RestPath long id);
}
