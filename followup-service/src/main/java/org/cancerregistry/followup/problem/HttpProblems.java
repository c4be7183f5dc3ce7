package org.cancerregistry.followup.problem;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem JSON for what the HTTP layer answers before or outside the REST resources: a URI too long (414),
 * query parameters with control characters or broken percent-encoding (400) and a body over the limit
 * (413, from its Content-Length). The REST resources' errors, 401 included, are {@link ProblemMappers}'.
 */
@ApplicationScoped
class HttpProblems {

    private final ObjectMapper json;
    private final int maxUriLength;
    private final MemorySize maxBodySize;

    HttpProblems(ObjectMapper json, @ConfigProperty(name = "api.max-uri-length") int maxUriLength,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.json = json;
        this.maxUriLength = maxUriLength;
        this.maxBodySize = maxBodySize;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::screen);
    }

    /** Before routing: the URI's length and its query parameters. */
    private void screen(RoutingContext request) {
        if (request.request().uri().length() > maxUriLength) {
            answer(request, Problem.of(414, "URI Too Long", "The URI is longer than " + maxUriLength + " characters."));
            return;
        }
        String length = request.request().getHeader("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBodySize.asLongValue()) {
            request.response().putHeader("Connection", "close");
            answer(request, Problem.of(413, "Content Too Large", "The request body is larger than " + maxBodySize.asLongValue() + " bytes."));
            return;
        }
        Map.Entry<String, String> invalid;
        try {
            invalid = request.queryParams().entries().stream()
                    .filter(param -> hasControlCharacter(param.getKey()) || hasControlCharacter(param.getValue()))
                    .findFirst().orElse(null);
        } catch (IllegalArgumentException badEncoding) {
            answer(request, Problem.of(400, "Bad Request", "The query string is not well-formed percent-encoding."));
            return;
        }
        if (invalid != null) {
            answer(request, new Problem("about:blank", "Invalid request", 400, "The request has 1 invalid parameter(s).",
                    List.of(new Problem.InvalidParam(hasControlCharacter(invalid.getKey()) ? "query" : invalid.getKey(),
                            "must not contain control characters"))));
            return;
        }
        request.next();
    }

    private void answer(RoutingContext request, Problem problem) {
        if (request.response().ended()) {
            return;
        }
        try {
            request.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            request.response().setStatusCode(problem.status()).end();
        }
    }

    private static boolean hasControlCharacter(String value) {
        return value != null && value.chars().anyMatch(Character::isISOControl);
    }
}
