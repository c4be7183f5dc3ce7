package org.cancerregistry.abstracting.edits;

import java.util.List;
import java.util.Optional;

/** One rule an abstract must pass before it is complete. Implementations are immutable. */
public interface Edit {

    /** Stable identifier, e.g. {@code DOB_BEFORE_DIAGNOSIS}. */
    String id();

    String description();

    /** The naaccrIds of the items the edit reads. */
    List<String> items();

    Optional<EditFailure> check(AbstractRecord record);
}
