package org.cancerregistry.abstracting.linkage;

/** How one identifying item compared, shown to the registrar beside the score. */
public enum FieldAgreement {
    AGREE,
    /** Near miss: typo, phonetic or nickname match, transposition, one part of a compound name. */
    PARTIAL,
    DISAGREE,
    /** Blank or unknown on at least one side; contributes no weight. */
    MISSING
}
