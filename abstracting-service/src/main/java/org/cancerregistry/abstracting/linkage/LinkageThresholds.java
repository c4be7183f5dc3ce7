package org.cancerregistry.abstracting.linkage;

/**
 * Fellegi-Sunter cut-offs: a total weight at or above {@code upper} links, below {@code lower} makes a new
 * patient, anything between goes to a registrar.
 */
public record LinkageThresholds(double upper, double lower) {

    public LinkageThresholds {
        if (!(upper >= lower)) {
            throw new IllegalArgumentException("upper threshold must not be below lower threshold");
        }
    }

    /**
     * Tuned on the labelled pairs in the tests. Without an SSN, 21 bits takes an exact date of birth with at
     * least near misses on both names and an agreeing postal code, or exact names with a near-miss date and
     * an agreeing postal code; a year of birth alone does not link common names. Below 12 bits, namesakes
     * and relatives whose birth dates differ stay out of the review queue.
     */
    public static LinkageThresholds standard() {
        return new LinkageThresholds(21.0, 12.0);
    }
}
