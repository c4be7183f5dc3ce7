package org.cancerregistry.abstracting.linkage;

/** One level of a field comparison with its Fellegi-Sunter weight in bits. */
record Outcome(FieldAgreement agreement, double weight) {

    static final Outcome MISSING = new Outcome(FieldAgreement.MISSING, 0.0);

    private static final double LN_2 = Math.log(2.0);

    /**
     * @param m probability of this level when both records are the same person
     * @param u probability of this level when they are different persons
     */
    static Outcome of(FieldAgreement agreement, double m, double u) {
        return new Outcome(agreement, Math.log(m / u) / LN_2);
    }
}
