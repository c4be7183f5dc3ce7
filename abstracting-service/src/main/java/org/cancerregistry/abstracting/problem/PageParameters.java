package org.cancerregistry.abstracting.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Bounds {@code page} and {@code size} on every list of the service, API and UI alike, before any endpoint sees them:
 * whole numbers, page at most {@link #MAX_PAGE} and size at most {@link #MAX_SIZE}, so that no offset (page × size)
 * overflows. Anything else is a 400 problem naming the parameter; an endpoint may bound size lower still.
 */
public class PageParameters {

    public static final int MAX_PAGE = 100_000;
    public static final int MAX_SIZE = 500;

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> bounded(ContainerRequestContext request) {
        var query = request.getUriInfo().getQueryParameters();
        List<Problem.InvalidParam> invalid = new ArrayList<>();
        check(query.get("page"), 0, MAX_PAGE).ifPresent(reason -> invalid.add(new Problem.InvalidParam("page", reason)));
        check(query.get("size"), 1, MAX_SIZE).ifPresent(reason -> invalid.add(new Problem.InvalidParam("size", reason)));
        if (invalid.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Response.status(400).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", "Invalid request", 400,
                        "The request has " + invalid.size() + " invalid parameter(s).", invalid))
                .build());
    }

    private static Optional<String> check(List<String> values, int min, int max) {
        if (values == null) {
            return Optional.empty();
        }
        String reason = "a whole number from " + min + " to " + max;
        for (String value : values) {
            if (value == null || !value.matches("\\d{1,9}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
