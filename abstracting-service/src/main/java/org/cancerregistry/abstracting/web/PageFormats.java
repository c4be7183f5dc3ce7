package org.cancerregistry.abstracting.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.quarkus.qute.TemplateExtension;

/** Formats the templates use as {str:...}. */
@TemplateExtension(namespace = "str")
public final class PageFormats {

    private PageFormats() {
    }

    static String instant(Instant instant) {
        return Display.instant(instant);
    }

    static String percent(double percent) {
        return String.format(Locale.ROOT, "%.1f %%", percent);
    }

    /** A chart's data for registry.js: labels, values and thresholds as JSON (the page escapes it into an attribute). */
    static String chartData(List<DataQualityPage.Measure> measures) {
        return "{\"labels\":[" + measures.stream().map(m -> quoted(m.name())).collect(Collectors.joining(","))
                + "],\"values\":[" + measures.stream().map(m -> number(m.percent())).collect(Collectors.joining(","))
                + "],\"thresholds\":[" + measures.stream().map(m -> m.thresholdPercent() == null ? "null" : number(m.thresholdPercent()))
                        .collect(Collectors.joining(","))
                + "]}";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
