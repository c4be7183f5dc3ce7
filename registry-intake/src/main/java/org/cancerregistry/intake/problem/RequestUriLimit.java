package org.cancerregistry.intake.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.ext.web.Router;

/**
 * Answers a request whose URI is longer than {@code intake.http.max-uri-length} with 414 problem JSON. HTTP's own
 * limit on the request line ({@code quarkus.http.limits.max-initial-line-length}) is set above it, so that a URI a
 * little too long gets this answer rather than the server's empty one.
 */
@ApplicationScoped
class RequestUriLimit {

    private static final int FIRST = Integer.MIN_VALUE;

    private final int maxUriLength;
    private final String problem;

    RequestUriLimit(@ConfigProperty(name = "intake.http.max-uri-length", defaultValue = "4096") int maxUriLength, ObjectMapper json)
            throws JsonProcessingException {
        this.maxUriLength = maxUriLength;
        this.problem = json.writeValueAsString(Problem.of(414, "URI Too Long",
                "A request URI may be at most " + maxUriLength + " characters long."));
    }

    void install(@Observes Router router) {
        router.route().order(FIRST).handler(context -> {
            if (context.request().uri().length() > maxUriLength) {
                context.response().setStatusCode(414).putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE).end(problem);
                return;
            }
            context.next();
        });
    }
}
