package org.cancerregistry.abstracting.edits;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs every edit on an abstract. Stateless and thread-safe: one instance can serve all requests.
 */
public final class EditsEngine {

    private final List<Edit> edits;

    public EditsEngine() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock tells DATES_NOT_IN_FUTURE what today is */
    public EditsEngine(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        edits = Stream.of(ItemCodeEdits.edits(), DateEdits.edits(clock), CancerIdentificationEdits.edits(),
                        StageEdits.edits(), PatientEdits.edits(), CompletenessEdits.edits())
                .flatMap(List::stream)
                .toList();
        Set<String> ids = new HashSet<>();
        edits.forEach(edit -> {
            if (!ids.add(edit.id())) {
                throw new IllegalStateException("edit defined twice: " + edit.id());
            }
        });
    }

    public List<Edit> edits() {
        return edits;
    }

    /** The failures of the abstract, in the order of {@link #edits()}; empty when it passes every edit. */
    public List<EditFailure> run(AbstractRecord record) {
        Objects.requireNonNull(record, "record");
        return edits.stream().flatMap(edit -> edit.check(record).stream()).toList();
    }
}
