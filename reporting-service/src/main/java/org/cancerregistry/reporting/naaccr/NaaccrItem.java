package org.cancerregistry.reporting.naaccr;

import java.util.Objects;
import java.util.Set;

/**
 * One data item as the NAACCR dictionary defines it.
 *
 * @param recordTypes the record types (A, M, C, I) whose files may carry the item
 */
public record NaaccrItem(String naaccrId, int number, ItemLevel level, int length, Set<String> recordTypes) {

    public NaaccrItem {
        Objects.requireNonNull(naaccrId, "naaccrId");
        Objects.requireNonNull(level, "level");
        recordTypes = Set.copyOf(recordTypes);
    }
}
