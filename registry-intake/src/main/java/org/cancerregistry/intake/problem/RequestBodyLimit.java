package org.cancerregistry.intake.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;

/**
 * Answers a request whose declared body is over {@code quarkus.http.limits.max-body-size} with 413 problem JSON,
 * before any of it is read. It runs just ahead of Quarkus's own check, which would answer with an empty body;
 * a body sent without a length (chunked) is still cut off by that check when it passes the limit.
 */
@ApplicationScoped
class RequestBodyLimit {

    // Quarkus's own upload limit handler has order -2.
    private static final int BEFORE_QUARKUS_UPLOAD_LIMIT = -3;

    private final long maxBodySize;
    private final String problem;

    RequestBodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize, ObjectMapper json)
            throws JsonProcessingException {
        this.maxBodySize = maxBodySize.asLongValue();
        this.problem = json.writeValueAsString(Problem.of(413, "Request body too large",
                "A request body may hold at most " + this.maxBodySize + " bytes: one HL7 message, one HL7 batch or one JSON report."));
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_QUARKUS_UPLOAD_LIMIT).handler(context -> {
            String length = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
            if (length != null && declaredLength(length) > maxBodySize) {
                // The body is never read, so the connection cannot carry another request: close it once answered.
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaderNames.CONNECTION, "close")
                        .endHandler(ended -> context.request().connection().close())
                        .end(problem);
                return;
            }
            context.next();
        });
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
