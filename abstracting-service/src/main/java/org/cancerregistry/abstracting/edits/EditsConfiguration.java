package org.cancerregistry.abstracting.edits;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One edits engine for the service: it holds no state. */
public class EditsConfiguration {

    @Produces
    @Singleton
    EditsEngine editsEngine(Clock clock) {
        return new EditsEngine(clock);
    }
}
