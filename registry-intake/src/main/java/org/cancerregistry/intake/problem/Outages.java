package org.cancerregistry.intake.problem;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/**
 * Tells a real outage of the database (refused or lost connection, timeout, a server shutting down or out of
 * resources) from every other failure. Only an outage may be answered "try again later" (HTTP 503, HL7 AR): anything
 * else would fail again on every resend, and a lab's interface engine resends an AR for ever.
 */
public final class Outages {

    // SQLSTATE classes 08 (connection exception) and 53 (insufficient resources); 57P01-57P03 (shutdown, cannot
    // connect now); 40001 and 40P01 (serialization failure, deadlock), which succeed when tried again.
    private static final Set<String> OUTAGE_CLASSES = Set.of("08", "53");
    private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03", "40001", "40P01");

    private Outages() {
    }

    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof IOException || cause instanceof TimeoutException || cause instanceof ClosedConnectionException
                    || cause instanceof io.smallrye.mutiny.TimeoutException) {
                return true;
            }
            if (cause instanceof PgException pg && pg.getSqlState() != null
                    && (OUTAGE_CLASSES.contains(pg.getSqlState().substring(0, 2)) || OUTAGE_STATES.contains(pg.getSqlState()))) {
                return true;
            }
        }
        return false;
    }
}
