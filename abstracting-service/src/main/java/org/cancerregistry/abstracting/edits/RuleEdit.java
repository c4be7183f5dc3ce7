package org.cancerregistry.abstracting.edits;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** An edit whose rule returns what is wrong, or empty when the abstract passes. */
record RuleEdit(String id, String description, List<String> items, Function<AbstractRecord, Optional<Problem>> rule)
        implements Edit {

    /** What a rule found wrong, and the items (a subset of the edit's) the registrar has to correct. */
    record Problem(String message, List<String> items) {
    }

    RuleEdit {
        items = List.copyOf(items);
    }

    /** An edit whose failure always involves all of its items. */
    static RuleEdit of(String id, String description, List<String> items, Function<AbstractRecord, Optional<String>> rule) {
        List<String> involved = List.copyOf(items);
        return new RuleEdit(id, description, involved, record -> rule.apply(record).map(message -> new Problem(message, involved)));
    }

    @Override
    public Optional<EditFailure> check(AbstractRecord record) {
        return rule.apply(record).map(problem -> new EditFailure(id, problem.message(), problem.items()));
    }
}
