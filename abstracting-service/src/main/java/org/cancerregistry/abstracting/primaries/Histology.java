package org.cancerregistry.abstracting.primaries;

import java.util.Arrays;

/** ICD-O-3 histology codes and the groups the rules compare them by. */
final class Histology {

    static final int UNKNOWN = -1;

    /** Neoplasm, NOS: the code used when no histology is known. */
    private static final int NEOPLASM_NOS = 8000;

    /**
     * ICD-O-3 morphology blocks by their first three digits (801-804 epithelial, 805-808 squamous, ...).
     * An in situ and an invasive tumor in one block are the same histologic family, e.g. ductal
     * carcinoma in situ (8500/2) and invasive lobular carcinoma (8520/3).
     */
    private static final int[] SOLID_BLOCK_STARTS = {
            800, 801, 805, 809, 812, 814, 839, 843, 844, 850, 855, 856, 858, 859, 868, 872, 880, 881, 884,
            885, 889, 893, 900, 904, 905, 906, 910, 911, 912, 917, 918, 925, 926, 927, 935, 938, 949, 953, 954,
            958};
    private static final String[] SOLID_BLOCK_NAMES = {
            "neoplasms, NOS", "epithelial neoplasms, NOS", "squamous cell neoplasms", "basal cell neoplasms",
            "transitional cell papillomas and carcinomas", "adenomas and adenocarcinomas",
            "adnexal and skin appendage neoplasms", "mucoepidermoid neoplasms", "cystic, mucinous and serous neoplasms",
            "ductal and lobular neoplasms", "acinar cell neoplasms", "complex epithelial neoplasms",
            "thymic epithelial neoplasms", "specialized gonadal neoplasms", "paragangliomas and glomus tumors",
            "nevi and melanomas", "soft tissue tumors and sarcomas, NOS", "fibromatous neoplasms",
            "myxomatous neoplasms", "lipomatous neoplasms", "myomatous neoplasms",
            "complex mixed and stromal neoplasms", "fibroepithelial neoplasms", "synovial-like neoplasms",
            "mesothelial neoplasms", "germ cell neoplasms", "trophoblastic neoplasms", "mesonephromas",
            "blood vessel tumors", "lymphatic vessel tumors", "osseous and chondromatous neoplasms",
            "giant cell tumors", "miscellaneous bone tumors", "odontogenic tumors", "miscellaneous tumors",
            "gliomas", "neuroepitheliomatous neoplasms", "meningiomas", "nerve sheath tumors",
            "granular cell tumors and alveolar soft part sarcomas"};

    /**
     * Hematopoietic and lymphoid groups, a simplification of the SEER Hematopoietic and Lymphoid Neoplasm
     * Database: two such neoplasms in one group are one primary (a lymphoma found in a second node, a
     * leukemia relapse), in different groups two. Transformations the Heme database treats case by case
     * (chronic to acute, lymphoma to leukemia) count as different groups here and so as two primaries.
     */
    private static final int[][] HEME_RANGES = {
            {9590, 9649}, {9650, 9667}, {9670, 9729}, {9731, 9735}, {9737, 9738}, {9740, 9742}, {9750, 9759},
            {9760, 9769}, {9800, 9839}, {9840, 9931}, {9940, 9940}, {9945, 9946}, {9948, 9948}, {9950, 9967},
            {9970, 9971}, {9975, 9975}, {9980, 9993}};
    private static final String[] HEME_NAMES = {
            "non-Hodgkin lymphoma", "Hodgkin lymphoma", "non-Hodgkin lymphoma", "plasma cell neoplasm",
            "non-Hodgkin lymphoma", "mast cell neoplasm", "histiocytic and dendritic cell neoplasm",
            "immunoproliferative disease", "lymphoid leukemia", "myeloid leukemia", "lymphoid leukemia",
            "myelodysplastic/myeloproliferative neoplasm", "lymphoid leukemia", "myeloproliferative neoplasm",
            "post-transplant lymphoproliferative disorder", "myeloproliferative neoplasm",
            "myelodysplastic syndrome"};

    private Histology() {
    }

    /** 8001-9993, or {@link #UNKNOWN} when blank, malformed, out of range or 8000 (neoplasm, NOS). */
    static int parse(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        String value = code.strip();
        if (value.length() != 4) {
            return UNKNOWN;
        }
        int histology = 0;
        for (int i = 0; i < 4; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return UNKNOWN;
            }
            histology = histology * 10 + (c - '0');
        }
        return histology <= NEOPLASM_NOS || histology > 9993 ? UNKNOWN : histology;
    }

    static boolean isHematopoietic(int histology) {
        return histology >= 9590;
    }

    static String hematopoieticGroup(int histology) {
        for (int i = 0; i < HEME_RANGES.length; i++) {
            if (histology >= HEME_RANGES[i][0] && histology <= HEME_RANGES[i][1]) {
                return HEME_NAMES[i];
            }
        }
        return "hematopoietic code " + histology / 10 + "x";
    }

    static String solidGroup(int histology) {
        int index = Arrays.binarySearch(SOLID_BLOCK_STARTS, histology / 10);
        return SOLID_BLOCK_NAMES[index >= 0 ? index : -index - 2];
    }

    static boolean sameFirstThreeDigits(int a, int b) {
        return a / 10 == b / 10;
    }
}
