package org.cancerregistry.abstracting.linkage;

final class PostalCodeComparison {

    // People move (m 0.6 over the years between two reports), and a registry's patients cluster in the
    // postal codes around its hospitals, so two different patients share one about 5% of the time.
    static final Outcome AGREE = Outcome.of(FieldAgreement.AGREE, 0.6, 0.05);
    static final Outcome DISAGREE = Outcome.of(FieldAgreement.DISAGREE, 0.4, 0.95);

    private PostalCodeComparison() {
    }

    /**
     * Upper-case letters and digits only; a US ZIP+4 is cut to its five-digit ZIP. "" when blank or a
     * NAACCR code for unknown or not applicable (99999, 88888).
     */
    static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder code = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = Character.toUpperCase(raw.charAt(i));
            if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
                code.append(c);
            }
        }
        if (code.length() == 9 && isDigits(code)) {
            code.setLength(5);
        }
        String normalized = code.toString();
        return normalized.equals("99999") || normalized.equals("88888") ? "" : normalized;
    }

    static Outcome compare(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Outcome.MISSING;
        }
        return a.equals(b) ? AGREE : DISAGREE;
    }

    private static boolean isDigits(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
