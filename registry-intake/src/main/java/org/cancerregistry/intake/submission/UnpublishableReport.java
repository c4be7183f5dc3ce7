package org.cancerregistry.intake.submission;

import org.cancerregistry.intake.problem.InvalidParameterException;

/**
 * A report within every item limit whose event would still be larger than the Kafka producer sends: refused at
 * intake, because once accepted it could never be published.
 */
public class UnpublishableReport extends InvalidParameterException {

    private final String reason;

    UnpublishableReport(String reason) {
        super("sections", reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
