package org.cancerregistry.intake.problem;

import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.vertx.sqlclient.DatabaseException;

/** Turns every error of the REST API into problem JSON. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int RETRY_AFTER_SECONDS = 30;

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
    public Response unexpected(Exception exception) {
        // Only the exception type is logged: messages of data-layer exceptions can quote patient data.
        if (Outages.isOutage(exception)) {
            LOG.errorf("%s while serving a request: answered 503 for a retry", exception.getClass().getName());
            return Response.fromResponse(respond(Problem.of(503, "Service Unavailable",
                    "The registry cannot store or read reports now; send the same request again later.")))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        if (exception instanceof DatabaseException) {
            // Not an outage: the same request would fail again, so it is not one to retry.
            LOG.errorf("%s while serving a request: answered 422", exception.getClass().getName());
            return respond(Problem.of(422, "Unprocessable Content",
                    "The registry cannot store this request as it is; do not send it again unchanged."));
        }
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
