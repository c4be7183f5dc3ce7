package org.cancerregistry.abstracting;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The clock the service reads the time from: abstracts, audit events, the work queue; tests may replace it. */
public class Clocks {

    @Produces
    @Singleton
    Clock systemClock() {
        return Clock.systemDefaultZone();
    }
}
