package org.cancerregistry.reporting.problem;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

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

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception) {
        Response.StatusType status = exception.getResponse().getStatusInfo();
        String detail = exception.getCause() instanceof JsonProcessingException
                ? "The request body is not well-formed JSON."
                : exception.getMessage();
        return respond(Problem.of(status.getStatusCode(), status.getReasonPhrase(), detail));
    }

    @ServerExceptionMapper
    public Response unauthorized(AuthenticationFailedException exception) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException exception) {
        return unauthorized();
    }

    private static Response unauthorized() {
        return Response.fromResponse(respond(Problem.of(401, "Unauthorized",
                "A valid bearer token of the registry's Keycloak realm is required."))).header("WWW-Authenticate", "Bearer").build();
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

    /**
     * The name the client knows: a query parameter's, or a body field's path such as {@code reasons[0]}; never the
     * Java method's.
     */
    private static String parameterName(ConstraintViolation<?> violation) {
        String parameter = null;
        List<String> fields = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            String index = node.isInIterable() && node.getIndex() != null ? "[" + node.getIndex() + "]" : "";
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY -> {
                    if (!fields.isEmpty()) {
                        fields.set(fields.size() - 1, fields.get(fields.size() - 1) + index);
                    }
                    fields.add(node.getName());
                }
                case CONTAINER_ELEMENT -> {
                    if (fields.isEmpty()) {
                        parameter = parameter + index;
                    } else {
                        fields.set(fields.size() - 1, fields.get(fields.size() - 1) + index);
                    }
                }
                default -> {
                    // the method, its return value, a class-level constraint: nothing the client sent
                }
            }
        }
        return fields.isEmpty() ? String.valueOf(parameter) : String.join(".", fields);
    }
}
