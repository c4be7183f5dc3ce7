package org.cancerregistry.abstracting.linkage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Result of comparing two persons.
 *
 * @param weight   Fellegi-Sunter total weight in bits (also reported when a deterministic rule decided)
 * @param rule     which rule decided, e.g. {@code "deterministic: SSN"} or {@code "probabilistic"}
 * @param fields   agreement per identifying item, in a stable order
 */
public record LinkageScore(double weight, LinkDecision decision, String rule, Map<String, FieldAgreement> fields) {

    public LinkageScore {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
