package org.cancerregistry.followup;

/** Realm roles of the cancer-registry Keycloak realm that this service knows. */
public final class Roles {

    public static final String REGISTRAR = "registrar";
    public static final String REGISTRY_MANAGER = "registry-manager";

    private Roles() {
    }
}
