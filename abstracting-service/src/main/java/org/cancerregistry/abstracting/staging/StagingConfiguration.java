package org.cancerregistry.abstracting.staging;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;

/** The EOD staging algorithm, loaded once at start-up (about a second) rather than on the first abstract. */
public class StagingConfiguration {

    @Produces
    @Singleton
    @Startup
    EodStaging eodStaging() {
        return new EodStaging();
    }
}
