package org.cancerregistry.abstracting.primaries;

/**
 * The items of a tumor that decide whether it is a new primary.
 *
 * @param primarySite     ICD-O-3 topography {@code C000}-{@code C809}
 * @param laterality      NAACCR laterality: 0 not paired, 1 right, 2 left, 3 one side unspecified,
 *                        4 bilateral, 5 midline, 9 paired but side unknown
 * @param histology       ICD-O-3 histology, 4 digits
 * @param behavior        0 benign, 1 uncertain, 2 in situ, 3 malignant
 * @param dateOfDiagnosis {@code YYYYMMDD}; month and day may be blank or 99, the whole date may be blank
 */
public record TumorFacts(String primarySite, String laterality, String histology, String behavior,
                         String dateOfDiagnosis) {
}
