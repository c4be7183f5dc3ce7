package org.cancerregistry.abstracting.linkage;

/**
 * Last, first and middle name comparisons. The m probabilities reflect how often registry abstracts of the
 * same person spell a name identically (most errors are single typos); the u probabilities are how often two
 * different patients of a state registry share the name, averaged over common and rare names.
 */
final class NameComparison {

    // Surnames: about 0.8% of random patient pairs share one (Smith alone is ~1% of the US population).
    private static final double LAST_M = 0.94;
    private static final double LAST_U = 0.008;
    // Typos, sound-alikes and one part of a hyphenated name: 4% of true matches, 1.2% of non-matches.
    private static final double LAST_PARTIAL_M = 0.04;
    private static final double LAST_PARTIAL_U = 0.012;
    static final Outcome LAST_AGREE = Outcome.of(FieldAgreement.AGREE, LAST_M, LAST_U);
    static final Outcome LAST_PARTIAL = Outcome.of(FieldAgreement.PARTIAL, LAST_PARTIAL_M, LAST_PARTIAL_U);
    static final Outcome LAST_DISAGREE = Outcome.of(FieldAgreement.DISAGREE,
            1 - LAST_M - LAST_PARTIAL_M, 1 - LAST_U - LAST_PARTIAL_U);

    // Given names are less diverse than surnames, and nicknames and initials move mass to partial.
    private static final double FIRST_M = 0.93;
    private static final double FIRST_U = 0.01;
    private static final double FIRST_PARTIAL_M = 0.05;
    private static final double FIRST_PARTIAL_U = 0.015;
    static final Outcome FIRST_AGREE = Outcome.of(FieldAgreement.AGREE, FIRST_M, FIRST_U);
    static final Outcome FIRST_PARTIAL = Outcome.of(FieldAgreement.PARTIAL, FIRST_PARTIAL_M, FIRST_PARTIAL_U);
    static final Outcome FIRST_DISAGREE = Outcome.of(FieldAgreement.DISAGREE,
            1 - FIRST_M - FIRST_PARTIAL_M, 1 - FIRST_U - FIRST_PARTIAL_U);

    // Middle names are often recorded as an initial on one side, or omitted: weak evidence either way.
    private static final double MIDDLE_M = 0.6;
    private static final double MIDDLE_U = 0.04;
    private static final double MIDDLE_PARTIAL_M = 0.3;
    private static final double MIDDLE_PARTIAL_U = 0.1;
    static final Outcome MIDDLE_AGREE = Outcome.of(FieldAgreement.AGREE, MIDDLE_M, MIDDLE_U);
    static final Outcome MIDDLE_PARTIAL = Outcome.of(FieldAgreement.PARTIAL, MIDDLE_PARTIAL_M, MIDDLE_PARTIAL_U);
    static final Outcome MIDDLE_DISAGREE = Outcome.of(FieldAgreement.DISAGREE,
            1 - MIDDLE_M - MIDDLE_PARTIAL_M, 1 - MIDDLE_U - MIDDLE_PARTIAL_U);

    private NameComparison() {
    }

    /** Best agreement between the current and previous last names on either side. */
    static Outcome lastName(NormalizedPerson a, NormalizedPerson b) {
        FieldAgreement best = surnames(a.lastName(), b.lastName());
        best = better(best, surnames(a.previousLastName(), b.lastName()));
        best = better(best, surnames(a.lastName(), b.previousLastName()));
        best = better(best, surnames(a.previousLastName(), b.previousLastName()));
        return switch (best) {
            case AGREE -> LAST_AGREE;
            case PARTIAL -> LAST_PARTIAL;
            case DISAGREE -> LAST_DISAGREE;
            case MISSING -> Outcome.MISSING;
        };
    }

    static Outcome firstName(NormalizedPerson a, NormalizedPerson b) {
        return switch (givenNames(a, b)) {
            case AGREE -> FIRST_AGREE;
            case PARTIAL -> FIRST_PARTIAL;
            case DISAGREE -> FIRST_DISAGREE;
            case MISSING -> Outcome.MISSING;
        };
    }

    static Outcome middleName(NormalizedPerson a, NormalizedPerson b) {
        NormalizedName x = a.middleName();
        NormalizedName y = b.middleName();
        if (x.isBlank() || y.isBlank()) {
            return Outcome.MISSING;
        }
        if (x.joined().equals(y.joined())) {
            return MIDDLE_AGREE;
        }
        if (initialOf(x, y) || Phonetics.alike(x.joined(), y.joined())) {
            return MIDDLE_PARTIAL;
        }
        return MIDDLE_DISAGREE;
    }

    private static FieldAgreement surnames(NormalizedName x, NormalizedName y) {
        if (x.isBlank() || y.isBlank()) {
            return FieldAgreement.MISSING;
        }
        if (x.joined().equals(y.joined())) {
            return FieldAgreement.AGREE;
        }
        if (x.sharesPartWith(y) || Phonetics.alike(x.joined(), y.joined())) {
            return FieldAgreement.PARTIAL;
        }
        return FieldAgreement.DISAGREE;
    }

    private static FieldAgreement givenNames(NormalizedPerson a, NormalizedPerson b) {
        NormalizedName x = a.firstName();
        NormalizedName y = b.firstName();
        if (x.isBlank() || y.isBlank()) {
            return FieldAgreement.MISSING;
        }
        if (x.joined().equals(y.joined())) {
            return FieldAgreement.AGREE;
        }
        if (Nicknames.sameFormalName(x.joined(), y.joined())
                || initialOf(x, y)
                || x.sharesPartWith(y)
                || knownByMiddleName(x, b.middleName())
                || knownByMiddleName(y, a.middleName())
                || Phonetics.alike(x.joined(), y.joined())) {
            return FieldAgreement.PARTIAL;
        }
        return FieldAgreement.DISAGREE;
    }

    /** "J" against "John", either way round. */
    private static boolean initialOf(NormalizedName x, NormalizedName y) {
        return (x.isInitial() || y.isInitial()) && x.joined().charAt(0) == y.joined().charAt(0);
    }

    /** A patient who goes by the middle name is often registered under it as first name. */
    private static boolean knownByMiddleName(NormalizedName first, NormalizedName otherMiddle) {
        return !first.isInitial() && first.joined().equals(otherMiddle.joined());
    }

    /** FieldAgreement is declared from best (AGREE) to least informative (MISSING). */
    private static FieldAgreement better(FieldAgreement x, FieldAgreement y) {
        return y.ordinal() < x.ordinal() ? y : x;
    }
}
