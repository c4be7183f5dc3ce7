package org.cancerregistry.followup.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CocEligibilityTest {

    private static final Map<String, String> PATIENT = Map.of("patientIdNumber", "00012345");

    @Test
    void shouldKeepAnalyticInvasiveBreastCancer() {
        assertThat(CocEligibility.exclusion(PATIENT, tumor())).isEmpty();
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource({
            "classOfCase,         30,   NON_ANALYTIC",
            "classOfCase,         23,   NON_ANALYTIC",
            "classOfCase,         '',   NON_ANALYTIC",
            "addrAtDxState,       XX,   FOREIGN_RESIDENT",
            "addrAtDxState,       YY,   FOREIGN_RESIDENT",
            "ageAtDiagnosis,      101,  AGE_OVER_100",
            "behaviorCodeIcdO3,   0,    BENIGN_OR_BORDERLINE",
            "behaviorCodeIcdO3,   1,    BENIGN_OR_BORDERLINE"
    })
    void shouldExclude(String naaccrId, String value, String code) {
        assertThat(CocEligibility.exclusion(PATIENT, tumor(naaccrId, value)))
                .hasValueSatisfying(exclusion -> assertThat(exclusion.code()).isEqualTo(code));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "classOfCase,         00",
            "classOfCase,         22",
            "addrAtDxState,       ZZ",
            "addrAtDxState,       ON",
            "ageAtDiagnosis,      100",
            "ageAtDiagnosis,      999",
            "behaviorCodeIcdO3,   2"
    })
    void shouldNotExclude(String naaccrId, String value) {
        assertThat(CocEligibility.exclusion(PATIENT, tumor(naaccrId, value))).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}/{2} -> {3}")
    @CsvSource({
            "C530, 8077, 2, IN_SITU_CERVIX",
            "C539, 8070, 2, IN_SITU_CERVIX",
            "C440, 8090, 3, SKIN_BASAL_SQUAMOUS",
            "C449, 8070, 3, SKIN_BASAL_SQUAMOUS",
            "C443, 8000, 3, SKIN_BASAL_SQUAMOUS",
            "C445, 8110, 3, SKIN_BASAL_SQUAMOUS"
    })
    void shouldExcludeBySiteAndHistology(String site, String histology, String behavior, String code) {
        assertThat(CocEligibility.exclusion(PATIENT, tumor(site, histology, behavior)))
                .hasValueSatisfying(exclusion -> assertThat(exclusion.code()).isEqualTo(code));
    }

    @ParameterizedTest(name = "{0} {1}/{2}")
    @CsvSource({
            "C539, 8070, 3",
            "C509, 8500, 2",
            "C449, 8720, 3",
            "C445, 8111, 3",
            "C440, 8247, 3",
            "C209, 8070, 3"
    })
    void shouldKeepNearMissesOfSiteAndHistology(String site, String histology, String behavior) {
        assertThat(CocEligibility.exclusion(PATIENT, tumor(site, histology, behavior))).isEmpty();
    }

    @Test
    void shouldReportFirstExclusionInTheListedOrder() {
        Map<String, String> everything = tumor("C539", "8070", "2");
        everything.put("classOfCase", "32");
        everything.put("addrAtDxState", "XX");
        everything.put("ageAtDiagnosis", "102");

        assertThat(CocEligibility.exclusion(PATIENT, everything)).contains(Exclusion.NON_ANALYTIC);
        everything.put("classOfCase", "14");
        assertThat(CocEligibility.exclusion(PATIENT, everything)).contains(Exclusion.FOREIGN_RESIDENT);
        everything.put("addrAtDxState", "MN");
        assertThat(CocEligibility.exclusion(PATIENT, everything)).contains(Exclusion.AGE_OVER_100);
        everything.put("ageAtDiagnosis", "067");
        assertThat(CocEligibility.exclusion(PATIENT, everything)).contains(Exclusion.IN_SITU_CERVIX);
    }

    @Test
    void shouldReadItemFromPatientWhenTumorDoesNotCarryIt() {
        Map<String, String> tumor = tumor();
        tumor.remove("addrAtDxState");

        assertThat(CocEligibility.exclusion(Map.of("addrAtDxState", "YY"), tumor)).contains(Exclusion.FOREIGN_RESIDENT);
    }

    @Test
    void shouldFollowPatientWithAtLeastOneEligibleTumor() {
        Map<String, String> basalCellSkin = tumor("C443", "8090", "3");
        Map<String, String> inSituCervix = tumor("C539", "8070", "2");

        assertThat(CocEligibility.isEligible(PATIENT, List.of(basalCellSkin, tumor()))).isTrue();
        assertThat(CocEligibility.isEligible(PATIENT, List.of(basalCellSkin, inSituCervix))).isFalse();
        assertThat(CocEligibility.isEligible(PATIENT, List.of())).isFalse();
    }

    /** An analytic invasive ductal carcinoma of the breast in a Minnesota resident aged 65. */
    private static Map<String, String> tumor() {
        Map<String, String> items = new HashMap<>();
        items.put("classOfCase", "10");
        items.put("addrAtDxState", "MN");
        items.put("ageAtDiagnosis", "065");
        items.put("primarySite", "C504");
        items.put("histologicTypeIcdO3", "8500");
        items.put("behaviorCodeIcdO3", "3");
        return items;
    }

    private static Map<String, String> tumor(String naaccrId, String value) {
        Map<String, String> items = tumor();
        items.put(naaccrId, value);
        return items;
    }

    private static Map<String, String> tumor(String site, String histology, String behavior) {
        Map<String, String> items = tumor();
        items.put("primarySite", site);
        items.put("histologicTypeIcdO3", histology);
        items.put("behaviorCodeIcdO3", behavior);
        return items;
    }
}
