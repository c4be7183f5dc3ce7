package org.cancerregistry.intake.lab;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The laboratory behind the current request. A lab's service-account token carries its CLIA number
 * in the {@code clia} claim; the platform trusts that claim, never a value in the message body.
 */
@RequestScoped
public class LabIdentity {

    static final String CLIA_CLAIM = "clia";

    private final JsonWebToken token;

    LabIdentity(JsonWebToken token) {
        this.token = token;
    }

    public Optional<String> clia() {
        return Optional.ofNullable(token.<String>getClaim(CLIA_CLAIM)).filter(clia -> !clia.isBlank());
    }
}
