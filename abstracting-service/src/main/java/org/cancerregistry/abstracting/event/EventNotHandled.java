package org.cancerregistry.abstracting.event;

import java.util.regex.Pattern;

/**
 * An event a consumer could not handle, with a reason fit for the dead-letter topic's headers, the logs and the
 * manager's list: the failure's type and message, without the data values a database message can quote.
 */
public class EventNotHandled extends RuntimeException {

    private static final int MAX_REASON = 500;
    // PostgreSQL quotes values after a colon (invalid input syntax for type uuid: "...") and in key details.
    private static final Pattern QUOTED_VALUE = Pattern.compile(": \"[^\"]*\"");
    private static final Pattern KEY_DETAIL = Pattern.compile("\\(([^()]*)\\)=\\([^()]*\\)");

    public EventNotHandled(Throwable failure) {
        this(reason(failure));
    }

    public EventNotHandled(String reason) {
        super(reason, null, false, false);
    }

    /** The innermost cause's type and message, values masked. */
    public static String reason(Throwable failure) {
        if (failure instanceof EventNotHandled) {
            return failure.getMessage();
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        return masked(root.getClass().getSimpleName() + message);
    }

    /** A reason from elsewhere (another producer's dead-letter headers), values masked. */
    public static String masked(String reason) {
        String masked = KEY_DETAIL.matcher(QUOTED_VALUE.matcher(reason).replaceAll(": \"…\"")).replaceAll("($1)=(…)");
        return masked.length() <= MAX_REASON ? masked : masked.substring(0, MAX_REASON) + "…";
    }
}
