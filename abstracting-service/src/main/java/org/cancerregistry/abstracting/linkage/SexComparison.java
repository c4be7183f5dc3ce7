package org.cancerregistry.abstracting.linkage;

final class SexComparison {

    // Agreement is the norm for one person; half of random pairs agree anyway. Disagreement m of 2%
    // covers coding errors and HL7/NAACCR mapping slips.
    static final Outcome AGREE = Outcome.of(FieldAgreement.AGREE, 0.98, 0.5);
    static final Outcome DISAGREE = Outcome.of(FieldAgreement.DISAGREE, 0.02, 0.5);

    private SexComparison() {
    }

    static Outcome compare(Sex a, Sex b) {
        if (a == Sex.UNKNOWN || b == Sex.UNKNOWN) {
            return Outcome.MISSING;
        }
        return a == b ? AGREE : DISAGREE;
    }
}
