package org.cancerregistry.followup;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The clock that decides what is due today; tests may replace it. */
public class Clocks {

    @Produces
    @Singleton
    Clock systemClock() {
        return Clock.systemDefaultZone();
    }
}
