package org.cancerregistry.abstracting.primaries;

/**
 * @param rule   stable id of the rule that decided, e.g. {@code "M3 different site"}
 * @param reason the decision in plain words for the registrar
 */
public record PrimaryComparison(PrimaryDecision decision, String rule, String reason) {
}
