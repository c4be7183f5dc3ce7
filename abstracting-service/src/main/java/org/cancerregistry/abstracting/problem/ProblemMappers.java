package org.cancerregistry.abstracting.problem;

import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every error of the REST API into problem JSON. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidRequest(ConstraintViolationException exception) {
        List<Problem.InvalidParam> params = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.InvalidParam(parameterName(violation), violation.getMessage()))
                .toList();
        Problem problem = new Problem("about:blank", "Invalid request", 400,
                "The request has " + params.size() + " invalid parameter(s).", params);
        return respond(problem);
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException exception) {
        List<Problem.InvalidParam> params = exception.invalidParams();
        return respond(new Problem("about:blank", "Invalid request", 400,
                "The request has " + params.size() + " invalid parameter(s).", params));
    }

    /** A JSON body the service cannot read: a field of the wrong type or a value not in its list. */
    @ServerExceptionMapper
    public Response unreadableBody(MismatchedInputException exception) {
        String field = exception.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("body");
        return respond(new Problem("about:blank", "Invalid request", 400, "The request has 1 invalid parameter(s).",
                List.of(new Problem.InvalidParam(field, "not a valid value for this field"))));
    }

    /** A body that is not JSON at all: unbalanced, truncated, not a JSON value. */
    @ServerExceptionMapper
    public Response malformedBody(JsonProcessingException exception) {
        if (exception instanceof MismatchedInputException mismatch) {
            return unreadableBody(mismatch);
        }
        return respond(Problem.of(400, "Invalid request", "The request's body is not well-formed JSON."));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception) {
        if (exception.getCause() instanceof JsonProcessingException malformed) {
            return malformedBody(malformed);
        }
        // Quarkus REST answers a path or query parameter it cannot convert (page=abc, a malformed UUID, an unknown
        // code) with 404, as JAX-RS says, and a form or header one with 400: both are a request to fix, so 400.
        if ((exception instanceof NotFoundException || exception instanceof BadRequestException) && exception.getCause() != null
                && !(exception.getCause() instanceof WebApplicationException)) {
            return respond(Problem.of(400, "Invalid request",
                    "A parameter of the request is not of its type: a number, a UUID, a date or one of its codes."));
        }
        Response.StatusType status = exception.getResponse().getStatusInfo();
        return respond(Problem.of(status.getStatusCode(), status.getReasonPhrase(), exception.getMessage()));
    }

    /** An API request without a token: the endpoint's roles refuse the anonymous caller (the UI's login comes first). */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException exception) {
        return Response.fromResponse(respond(Problem.of(401, "Unauthorized",
                "A valid access token of the cancer-registry realm is needed."))).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception) {
        return respond(Problem.of(403, "Forbidden", "The caller's roles do not allow this request."));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException exception) {
        // Only the exception type is logged: messages of data-layer exceptions can quote patient data.
        LOG.errorf("Unexpected %s while serving a request", exception.getClass().getName());
        return respond(Problem.of(500, "Internal Server Error", "The request could not be processed."));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String parameterName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // "list.size" names the method, then the parameter: the client only knows the parameter.
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
