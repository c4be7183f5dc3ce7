package org.cancerregistry.intake.screening;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of screening one report, with the phrases that decided it (lower-cased, as they appear in the
 * text) so that a registrar can see the reason.
 */
public record Screening(Reportability reportability, List<String> matchedTerms) {

    public Screening {
        Objects.requireNonNull(reportability, "reportability");
        matchedTerms = List.copyOf(matchedTerms);
    }
}
