package org.cancerregistry.abstracting.edits;

import java.util.HashMap;
import java.util.Map;

import org.cancerregistry.abstracting.item.ItemLevel;
import org.cancerregistry.abstracting.item.NaaccrItem;
import org.cancerregistry.abstracting.item.NaaccrItems;

/** One tumor's abstract with its patient's items, each map keyed by naaccrId. */
public record AbstractRecord(Map<String, String> patientItems, Map<String, String> tumorItems) {

    public AbstractRecord {
        patientItems = withoutNulls(patientItems);
        tumorItems = withoutNulls(tumorItems);
    }

    /**
     * The item's value from the map of its level, or "" when it is absent or blank.
     *
     * @throws IllegalArgumentException when the id is not an item of {@link NaaccrItems}
     */
    public String value(String naaccrId) {
        NaaccrItem item = NaaccrItems.get(naaccrId);
        Map<String, String> items = item.level() == ItemLevel.PATIENT ? patientItems : tumorItems;
        String value = items.getOrDefault(naaccrId, "");
        return value.isBlank() ? "" : value;
    }

    public boolean isBlank(String naaccrId) {
        return value(naaccrId).isEmpty();
    }

    private static Map<String, String> withoutNulls(Map<String, String> items) {
        Map<String, String> copy = new HashMap<>();
        if (items != null) {
            items.forEach((id, value) -> {
                if (id != null && value != null) {
                    copy.put(id, value);
                }
            });
        }
        return Map.copyOf(copy);
    }
}
