package org.cancerregistry.reporting.stateregistry;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

/**
 * The state central registries this registry reports to, by their Keycloak client id: submissions are
 * addressed to these only, so that no file is generated for a registry that does not exist.
 */
@ConfigMapping(prefix = "reporting.state-registries")
public interface StateRegistries {

    @WithParentName
    Map<String, StateRegistry> registries();

    interface StateRegistry {

        /** The registry's name, as registrars know it. */
        String name();
    }

    default boolean configured(String clientId) {
        return clientId != null && registries().containsKey(clientId);
    }
}
