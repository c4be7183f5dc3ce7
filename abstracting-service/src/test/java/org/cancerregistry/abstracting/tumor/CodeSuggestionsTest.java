package org.cancerregistry.abstracting.tumor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeSuggestionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Infiltrating duct carcinoma, left breast, upper outer quadrant.|C504|2|8500|3",
            "Ductal carcinoma in situ (DCIS), right breast.|C509|1|8500|2",
            "Adenocarcinoma of prostate, Gleason score 3+4=7.|C619|-|8140|3",
            "Squamous cell carcinoma, right upper lobe of lung.|C341|1|8070|3",
            "Consistent with chronic lymphocytic leukemia/small lymphocytic lymphoma (CLL/SLL) in the bone marrow.|C421|-|9823|3",
            "Invasive lobular carcinoma, bilateral breasts.|C509|4|8520|3",
            "Benign fibrocystic changes.|-|-|-|-" })
    void shouldSuggestCodesFromTheFinalDiagnosis(String text, String site, String laterality, String histology, String behavior) {
        var suggested = CodeSuggestions.from(text);

        assertThat(suggested.get("primarySite")).isEqualTo(site);
        assertThat(suggested.get("laterality")).isEqualTo(laterality);
        assertThat(suggested.get("histologicTypeIcdO3")).isEqualTo(histology);
        assertThat(suggested.get("behaviorCodeIcdO3")).isEqualTo(behavior);
    }
}
