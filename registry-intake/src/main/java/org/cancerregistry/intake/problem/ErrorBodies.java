package org.cancerregistry.intake.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem JSON for the answers given outside the REST resources: a request without a valid token (401, answered by
 * the security layer before any resource) and a path that no resource serves (404).
 */
@ApplicationScoped
class ErrorBodies {

    private static final int FIRST = Integer.MIN_VALUE;
    private static final int LAST = Integer.MAX_VALUE;
    private static final String BEARER = "Bearer ";

    private final String unauthorized;
    private final String notFound;

    ErrorBodies(ObjectMapper json) throws JsonProcessingException {
        this.unauthorized = json.writeValueAsString(Problem.of(401, "Unauthorized",
                "The request needs a valid bearer token of the cancer-registry realm."));
        this.notFound = json.writeValueAsString(Problem.of(404, "Not Found", "No resource at this path."));
    }

    void install(@Observes Router router) {
        // Every /api path needs a token (quarkus.http.auth.permission.api): without one, the security layer would
        // answer its challenge with an empty body.
        router.route("/api/*").order(FIRST).handler(context -> {
            String authorization = context.request().getHeader(HttpHeaderNames.AUTHORIZATION);
            if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                context.response().putHeader(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer");
                respond(context, 401, unauthorized);
                return;
            }
            context.next();
        });
        // An invalid or expired token fails authentication.
        router.route().order(FIRST).failureHandler(this::authenticationFailed);
        router.route().order(LAST).handler(context -> respond(context, 404, notFound));
    }

    private void authenticationFailed(RoutingContext context) {
        Throwable failure = context.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            context.response().putHeader(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer");
            respond(context, 401, unauthorized);
            return;
        }
        context.next();
    }

    private static void respond(RoutingContext context, int status, String body) {
        if (!context.response().ended()) {
            context.response().setStatusCode(status).putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
        }
    }
}
