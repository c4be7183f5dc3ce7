package org.cancerregistry.abstracting.staging;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.context.ManagedExecutor;

import io.quarkus.runtime.StartupEvent;

/**
 * The EOD staging algorithm takes about a second to load. It is loaded in the background once the service has
 * started, so that the service is ready a second sooner; an abstract staged before then waits for it.
 */
public class StagingConfiguration {

    @Produces
    @Singleton
    EodStaging eodStaging() {
        return new EodStaging();
    }

    void loadInBackground(@Observes StartupEvent started, Instance<EodStaging> staging, ManagedExecutor executor) {
        executor.runAsync(staging::get);
    }
}
