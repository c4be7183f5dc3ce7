package org.cancerregistry.reporting.problem;

import java.util.List;

/** Request parameters or body fields the service could not accept: answered as 400 problem JSON naming each. */
public class InvalidParameterException extends RuntimeException {

    private final List<Problem.InvalidParam> invalidParams;

    public InvalidParameterException(String parameter, String reason) {
        this(List.of(new Problem.InvalidParam(parameter, reason)));
    }

    public InvalidParameterException(List<Problem.InvalidParam> invalidParams) {
        super(invalidParams.size() + " invalid parameter(s)");
        this.invalidParams = List.copyOf(invalidParams);
    }

    public List<Problem.InvalidParam> invalidParams() {
        return invalidParams;
    }
}
