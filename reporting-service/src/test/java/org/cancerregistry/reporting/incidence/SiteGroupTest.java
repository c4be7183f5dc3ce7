package org.cancerregistry.reporting.incidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiteGroupTest {

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
            "C504, 8500, BREAST",
            "C500, 8520, BREAST",
            "C341, 8140, LUNG_AND_BRONCHUS",
            "C187, 8140, COLON_AND_RECTUM",
            "C209, 8140, COLON_AND_RECTUM",
            "C619, 8140, PROSTATE",
            "C445, 8720, MELANOMA_OF_THE_SKIN",
            "C445, 8070, OTHER",
            "C679, 8120, URINARY_BLADDER",
            "C649, 8312, KIDNEY_AND_RENAL_PELVIS",
            "C711, 9440, BRAIN_AND_NERVOUS_SYSTEM",
            "C739, 8260, THYROID",
            "C020, 8070, ORAL_CAVITY_AND_PHARYNX",
            "C569, 8441, OVARY",
            "C779, 9680, LYMPHOMA",
            "C504, 9680, LYMPHOMA",
            "C421, 9732, MYELOMA",
            "C421, 9861, LEUKEMIA",
            "C384, 9050, OTHER",
            "C421, 9989, OTHER",
            "C809, 8000, OTHER",
            "C481, 8800, OTHER"
    })
    void shouldGroupSitesTheWayTheSeerSiteRecodeDoes(String site, String histology, SiteGroup expected) {
        assertThat(SiteGroup.of(site, histology)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "site [{0}] histology [{1}]")
    @CsvSource(value = { "'', 8500", "C50, 8500", "NULL, NULL", "c504, 8500" }, nullValues = "NULL")
    void shouldPutUnreadableSitesInOther(String site, String histology) {
        assertThat(SiteGroup.of(site, histology)).isEqualTo(SiteGroup.OTHER);
    }

    @ParameterizedTest(name = "C504 with histology [{0}] is breast")
    @CsvSource(value = { "''", "85", "NULL" }, nullValues = "NULL")
    void shouldGroupByTheSiteWhenTheHistologyIsUnreadable(String histology) {
        assertThat(SiteGroup.of("C504", histology)).isEqualTo(SiteGroup.BREAST);
    }
}
