package org.cancerregistry.reporting.problem;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

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

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception) {
        Response.StatusType status = exception.getResponse().getStatusInfo();
        return respond(Problem.of(status.getStatusCode(), status.getReasonPhrase(), exception.getMessage()));
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
