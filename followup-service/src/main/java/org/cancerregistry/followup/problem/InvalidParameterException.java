package org.cancerregistry.followup.problem;

/** A request parameter that the service could not accept: answered as 400 problem JSON naming it. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;

    public InvalidParameterException(String parameter, String reason) {
        super(reason);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
