package org.cancerregistry.abstracting.primaries;

/** Whether two tumors of one patient are one primary or two. */
public enum PrimaryDecision {
    /** Same primary: the report updates the existing tumor. */
    SINGLE,
    /** Separate primaries: the report starts a new tumor. */
    MULTIPLE,
    /** The rules cannot decide on these facts: a registrar reviews. */
    QUESTIONABLE
}
