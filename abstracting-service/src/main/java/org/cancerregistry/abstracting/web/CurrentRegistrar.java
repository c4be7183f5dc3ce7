package org.cancerregistry.abstracting.web;

import static org.cancerregistry.abstracting.Roles.REGISTRY_MANAGER;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is logged in to the UI, for the page header and the audit trail; templates read it as {cdi:registrar}. */
@RequestScoped
@Named("registrar")
public class CurrentRegistrar {

    private final SecurityIdentity identity;

    CurrentRegistrar(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String getName() {
        return identity.getPrincipal().getName();
    }

    public boolean isManager() {
        return identity.hasRole(REGISTRY_MANAGER);
    }
}
