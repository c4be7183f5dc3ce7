package org.cancerregistry.abstracting.linkage;

/** Sex as the linkage compares it, from NAACCR sexAssignedAtBirth codes or HL7 administrative sex. */
enum Sex {
    MALE, FEMALE, OTHER, UNKNOWN;

    /** NAACCR 1 male, 2 female, 9 unknown; HL7 M, F, U (and N, not applicable); any other code is OTHER. */
    static Sex of(String code) {
        if (code == null || code.isBlank()) {
            return UNKNOWN;
        }
        return switch (code.strip().toUpperCase()) {
            case "1", "M", "MALE" -> MALE;
            case "2", "F", "FEMALE" -> FEMALE;
            case "9", "U", "N", "UNKNOWN" -> UNKNOWN;
            default -> OTHER;
        };
    }
}
