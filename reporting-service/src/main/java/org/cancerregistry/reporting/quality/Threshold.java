package org.cancerregistry.reporting.quality;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The limit a data-quality measure must keep, and where the limit comes from. */
@Schema(name = "DataQualityThreshold")
public record Threshold(
        @Schema(description = "BELOW (<), AT_MOST (<=) or AT_LEAST (>=)") Comparison comparison,
        @Schema(example = "2.0") double limit,
        @Schema(example = "NAACCR certification (Gold)") String source) {

    public enum Comparison {
        BELOW("<"),
        AT_MOST("<="),
        AT_LEAST(">=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }
    }

    public static Threshold below(double limit, String source) {
        return new Threshold(Comparison.BELOW, limit, source);
    }

    public static Threshold atMost(double limit, String source) {
        return new Threshold(Comparison.AT_MOST, limit, source);
    }

    public static Threshold atLeast(double limit, String source) {
        return new Threshold(Comparison.AT_LEAST, limit, source);
    }

    public boolean passes(double value) {
        return switch (comparison) {
            case BELOW -> value < limit;
            case AT_MOST -> value <= limit;
            case AT_LEAST -> value >= limit;
        };
    }

    /** The threshold as a registrar reads it, e.g. "< 2%" or "<= 1 per 1,000". */
    public String text(String unit) {
        String number = limit == Math.rint(limit) ? String.valueOf((long) limit) : String.valueOf(limit);
        return comparison.symbol + " " + number + ("%".equals(unit) ? "%" : " " + unit);
    }
}
