package org.cancerregistry.abstracting.linkage;

final class SsnComparison {

    // SSNs are nearly unique; the u of 1e-5 is not chance but the wrong-person SSN (a spouse's, a parent's)
    // that hospital registration occasionally records.
    private static final double EXACT_M = 0.96;
    private static final double EXACT_U = 0.00001;
    // One digit off or two adjacent digits swapped: keying errors, but also siblings and twins, who were
    // often issued consecutive numbers, so u is far above chance.
    private static final double NEAR_MISS_M = 0.025;
    private static final double NEAR_MISS_U = 0.0005;
    static final Outcome AGREE = Outcome.of(FieldAgreement.AGREE, EXACT_M, EXACT_U);
    static final Outcome NEAR_MISS = Outcome.of(FieldAgreement.PARTIAL, NEAR_MISS_M, NEAR_MISS_U);
    // What is left, an SSN wrong beyond a keying slip, is rare for one person (1.5%).
    static final Outcome DISAGREE = Outcome.of(FieldAgreement.DISAGREE,
            1 - EXACT_M - NEAR_MISS_M, 1 - EXACT_U - NEAR_MISS_U);

    private SsnComparison() {
    }

    /**
     * The nine digits, or "" when blank, malformed or a placeholder: NAACCR's 999999999 (unknown),
     * all one digit, 123456789, area 000 or 666, group 00 or serial 0000 (never issued).
     */
    static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder digits = new StringBuilder(9);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != '-' && c != ' ') {
                return "";
            }
        }
        if (digits.length() != 9) {
            return "";
        }
        String ssn = digits.toString();
        if (allSameDigit(ssn) || ssn.equals("123456789") || ssn.startsWith("000") || ssn.startsWith("666")
                || ssn.startsWith("00", 3) || ssn.startsWith("0000", 5)) {
            return "";
        }
        return ssn;
    }

    static Outcome compare(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Outcome.MISSING;
        }
        if (a.equals(b)) {
            return AGREE;
        }
        int first = -1;
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (++differences > 2) {
                    return DISAGREE;
                }
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (differences == 1) {
            return NEAR_MISS;
        }
        boolean adjacentSwap = a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first);
        return adjacentSwap ? NEAR_MISS : DISAGREE;
    }

    private static boolean allSameDigit(String ssn) {
        for (int i = 1; i < ssn.length(); i++) {
            if (ssn.charAt(i) != ssn.charAt(0)) {
                return false;
            }
        }
        return true;
    }
}
