package org.cancerregistry.reporting.deadletter;

import java.util.regex.Pattern;

/**
 * Reasons fit for the logs and the manager's list: a failure's type and message, without the data values a database
 * message can quote (as abstracting-service's EventNotHandled does; the services share no code).
 */
final class DeadLetterReasons {

    private static final int MAX_REASON = 500;
    // PostgreSQL quotes values after a colon (invalid input syntax for type uuid: "...") and in key details.
    private static final Pattern QUOTED_VALUE = Pattern.compile(": \"[^\"]*\"");
    private static final Pattern KEY_DETAIL = Pattern.compile("\\(([^()]*)\\)=\\([^()]*\\)");

    private DeadLetterReasons() {
    }

    /** The innermost cause's type and message, values masked. */
    static String of(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        return masked(root.getClass().getSimpleName() + message);
    }

    /** A reason from elsewhere (the dead-letter headers SmallRye wrote), values masked. */
    static String masked(String reason) {
        String masked = KEY_DETAIL.matcher(QUOTED_VALUE.matcher(reason).replaceAll(": \"…\"")).replaceAll("($1)=(…)");
        return masked.length() <= MAX_REASON ? masked : masked.substring(0, MAX_REASON) + "…";
    }
}
