package org.cancerregistry.intake.screening;

/** What one stretch of a clause says about reportability. */
record Finding(Reportability reportability, Span span) {
}
