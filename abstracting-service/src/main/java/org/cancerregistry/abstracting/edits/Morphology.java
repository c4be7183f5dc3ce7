package org.cancerregistry.abstracting.edits;

import java.util.regex.Pattern;

/** ICD-O-3 histologic type codes. */
final class Morphology {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}");

    private Morphology() {
    }

    /** Neoplasms are coded 8000-9993; lower codes do not exist in ICD-O-3 morphology. */
    static boolean isValid(String histology) {
        return SHAPE.matcher(histology).matches() && between(histology, 8000, 9993);
    }

    /** Lymphomas, leukemias and other hematopoietic and lymphoid neoplasms. */
    static boolean isHematopoietic(String histology) {
        return SHAPE.matcher(histology).matches() && between(histology, 9590, 9993);
    }

    private static boolean between(String histology, int first, int last) {
        int code = Integer.parseInt(histology);
        return code >= first && code <= last;
    }
}
