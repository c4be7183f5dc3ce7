package org.cancerregistry.abstracting.item;

import java.util.Objects;
import java.util.Set;

/**
 * One NAACCR v26 data item as the base dictionary defines it.
 *
 * @param recordTypes  the record types (A, M, C, I) that carry the item
 * @param allowedCodes the complete list of valid codes, or empty when the item is not restricted to a short list
 */
public record NaaccrItem(String naaccrId, int number, String label, ItemLevel level, int length, ItemDataType dataType,
                         Set<String> recordTypes, Set<String> allowedCodes, AbstractSection section) {

    public NaaccrItem {
        Objects.requireNonNull(naaccrId, "naaccrId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(dataType, "dataType");
        Objects.requireNonNull(section, "section");
        if (length < 1) {
            throw new IllegalArgumentException(naaccrId + ": length must be positive");
        }
        recordTypes = Set.copyOf(recordTypes);
        allowedCodes = Set.copyOf(allowedCodes);
    }

    public boolean isRestrictedToCodes() {
        return !allowedCodes.isEmpty();
    }
}
