package org.cancerregistry.reporting.incidence;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Tumors diagnosed in a year, counted by site group, sex and stage. */
@Schema(name = "IncidenceReport")
public record IncidenceReport(int diagnosisYear, long tumors, List<IncidenceCount> counts) {

    static final String CSV_HEADER = "diagnosisYear,siteGroup,sex,stage,count";

    /** One header line, then one line per count; fields are quoted when they hold a comma or a quote. */
    String csv() {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (IncidenceCount count : counts) {
            csv.append(count.diagnosisYear()).append(',').append(field(count.siteGroup())).append(',').append(field(count.sex()))
                    .append(',').append(field(count.stage())).append(',').append(count.count()).append('\n');
        }
        return csv.toString();
    }

    private static String field(String value) {
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
