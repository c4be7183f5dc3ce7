package org.cancerregistry.abstracting.web;

import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What another service's problem JSON says, for showing it to the registrar. */
final class Problems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    static String detail(WebApplicationException refused) {
        try {
            JsonNode problem = JSON.readTree(refused.getResponse().readEntity(String.class));
            StringBuilder detail = new StringBuilder(problem.path("detail").asText(problem.path("title").asText("refused")));
            problem.path("invalidParams").forEach(param -> detail.append("; ").append(param.path("name").asText())
                    .append(": ").append(param.path("reason").asText()));
            return detail.toString();
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
            return "HTTP " + refused.getResponse().getStatus();
        }
    }
}
