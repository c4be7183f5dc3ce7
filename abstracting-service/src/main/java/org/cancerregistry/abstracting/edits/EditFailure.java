package org.cancerregistry.abstracting.edits;

import java.util.List;
import java.util.Objects;

/**
 * An edit an abstract does not pass.
 *
 * @param message names the items and the coded values involved, never a patient identity value (name, SSN, date of birth)
 * @param items   the naaccrIds of the items the registrar has to look at
 */
public record EditFailure(String editId, String message, List<String> items) {

    public EditFailure {
        Objects.requireNonNull(editId, "editId");
        Objects.requireNonNull(message, "message");
        items = List.copyOf(items);
    }
}
