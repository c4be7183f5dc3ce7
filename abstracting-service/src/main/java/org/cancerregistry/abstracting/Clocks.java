package org.cancerregistry.abstracting;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The clock that dates abstracts and audit events; tests may replace it. */
public class Clocks {

    @Produces
    @Singleton
    Clock systemClock() {
        return Clock.systemDefaultZone();
    }
}
