package org.cancerregistry.abstracting.edits;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cancerregistry.abstracting.item.NaaccrItems;

/**
 * Each present item must fit its NAACCR definition ({@link NaaccrItems#formatProblem}). The failure lists only the items
 * that do not fit. Only values of coded items are repeated, since free text and identifiers may identify the patient.
 */
record ItemValidityEdit(String id, String description, List<String> items) implements Edit {

    ItemValidityEdit {
        items = List.copyOf(items);
        items.forEach(NaaccrItems::get);
    }

    @Override
    public Optional<EditFailure> check(AbstractRecord record) {
        List<String> failing = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String naaccrId : items) {
            String value = record.value(naaccrId);
            NaaccrItems.formatProblem(naaccrId, value).ifPresent(problem -> {
                failing.add(naaccrId);
                problems.add(NaaccrItems.get(naaccrId).isRestrictedToCodes() ? problem + " (" + value.strip() + ")" : problem);
            });
        }
        return failing.isEmpty() ? Optional.empty() : Optional.of(new EditFailure(id, String.join("; ", problems), failing));
    }
}
