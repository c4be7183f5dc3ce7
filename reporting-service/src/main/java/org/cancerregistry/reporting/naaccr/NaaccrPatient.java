package org.cancerregistry.reporting.naaccr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A patient as NAACCR XML carries it: patient-level items by naaccrId, and each tumor's items by naaccrId.
 * Null values are dropped, as a missing item and an empty one mean the same in NAACCR XML.
 */
public record NaaccrPatient(Map<String, String> items, List<Map<String, String>> tumors) {

    public NaaccrPatient {
        items = withoutNulls(items);
        tumors = tumors.stream().map(NaaccrPatient::withoutNulls).toList();
    }

    private static Map<String, String> withoutNulls(Map<String, String> items) {
        Map<String, String> copy = new LinkedHashMap<>();
        items.forEach((naaccrId, value) -> {
            if (value != null) {
                copy.put(naaccrId, value);
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
