package org.cancerregistry.intake.screening;

/**
 * What one stretch of a clause says about reportability. The reason given is the stretch's text followed by
 * {@code siteNote}, which names a site that decided it but that the stretch may not show ("of the skin").
 */
record Finding(Reportability reportability, Span span, String siteNote) {

    Finding(Reportability reportability, Span span) {
        this(reportability, span, "");
    }
}
