package org.cancerregistry.intake.screening;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ICD-O-3 behavior codes from a report's coded results. */
final class BehaviorCodes {

    // A bare behavior ("3"), or one written after a slash or a histology code ("/3", "8500/3").
    private static final Pattern BEHAVIOR = Pattern.compile("(?:\\d{4})?/?([0-9])");

    // 2 is in situ and 3 malignant; 6 (metastatic site) and 9 (primary or metastatic unknown) are malignant too.
    private static final String REPORTABLE_BEHAVIORS = "2369";

    private BehaviorCodes() {
    }

    /** The reportable behaviors among {@code codes}, as reasons: "behavior code 3". */
    static List<String> reportableIn(Collection<String> codes) {
        return codes.stream()
                .filter(Objects::nonNull)
                .map(code -> BEHAVIOR.matcher(code.strip()))
                .filter(Matcher::matches)
                .map(matcher -> matcher.group(1))
                .filter(REPORTABLE_BEHAVIORS::contains)
                .distinct()
                .map(behavior -> "behavior code " + behavior)
                .toList();
    }
}
