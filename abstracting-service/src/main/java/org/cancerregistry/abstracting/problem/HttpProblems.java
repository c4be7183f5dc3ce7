package org.cancerregistry.abstracting.problem;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem JSON for the errors that happen outside the REST endpoints, in Vert.x: a URI too long (414) or a query with a
 * NUL byte (400) before any routing, a body over the limit (413), a path nothing serves (404), and a 401 that reaches
 * the failure handlers. The 401 of quarkus-oidc's challenge (no or an invalid token) has no body still: Quarkus sends
 * it directly, not through a failure handler.
 */
@ApplicationScoped
public class HttpProblems {

    /** Longer URIs get 414; Vert.x's own limit (quarkus.http.limits.max-initial-line-length) is a little higher. */
    static final int MAX_URI_LENGTH = 4096;

    private final ObjectMapper json;
    private final long maxBodySize;

    HttpProblems(ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize) {
        this.json = json;
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void routes(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseUnreadableRequestLine);
        router.route().order(Integer.MAX_VALUE).handler(context -> respond(context, Problem.of(404, "Not Found",
                "Nothing is served at this path.")));
        // Ahead of Quarkus' own failure handlers, which answer these with an empty body.
        router.route().order(Integer.MIN_VALUE + 1).failureHandler(this::failure);
    }

    private void refuseUnreadableRequestLine(RoutingContext context) {
        String uri = context.request().uri();
        if (uri.length() > MAX_URI_LENGTH) {
            respond(context, Problem.of(414, "URI Too Long", "The request's URI is longer than " + MAX_URI_LENGTH + " characters."));
        } else if (uri.toLowerCase(Locale.ROOT).contains("%00") || uri.indexOf('\0') >= 0) {
            respond(context, Problem.of(400, "Invalid request", "The request's URI holds a NUL character."));
        } else if (declaredLength(context) > maxBodySize) {
            // Quarkus refuses it from the Content-Length before reading it, with an empty body.
            respond(context, Problem.of(413, "Content Too Large", "The request's body is larger than this service takes."));
        } else {
            context.next();
        }
    }

    private static long declaredLength(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        return length == null || !length.matches("\\d{1,18}") ? 0 : Long.parseLong(length);
    }

    private void failure(RoutingContext context) {
        if (context.response().ended() || context.response().headWritten()) {
            context.next();
            return;
        }
        Throwable failure = context.failure();
        boolean api = context.normalizedPath().startsWith("/api/");
        if (api && (context.statusCode() == 401 || failure instanceof AuthenticationFailedException
                || failure instanceof UnauthorizedException)) {
            unauthorized(context);
        } else if (context.statusCode() == 413) {
            respond(context, Problem.of(413, "Content Too Large", "The request's body is larger than this service takes."));
        } else {
            context.next();
        }
    }

    private void unauthorized(RoutingContext context) {
        context.response().putHeader("WWW-Authenticate", "Bearer");
        respond(context, Problem.of(401, "Unauthorized", "A valid access token of the cancer-registry realm is needed."));
    }

    private void respond(RoutingContext context, Problem problem) {
        try {
            context.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(problem.status()).end();
        }
    }
}
