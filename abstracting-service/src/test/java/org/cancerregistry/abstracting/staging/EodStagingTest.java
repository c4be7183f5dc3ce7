package org.cancerregistry.abstracting.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected stages were read by hand from the EOD 3.0 tables: breast extension_bak, nodes_daj, mets_hau and
 * ss2018_breast; lung extension_baj, nodes_dai and mets_hab.
 */
class EodStagingTest {

    private static final EodStaging STAGING = new EodStaging();

    @ParameterizedTest(name = "{0}/{1}/{2} EOD {3}-{4}-{5} -> schema {6}, SS2018 {7}")
    @CsvSource({
            // breast: confined to breast, no nodes, no mets -> localized
            "C504, 8500, 2, 100, 000, 00, 00480, 1",
            // breast: fixed to pectoral muscle (RE) with clinically positive axillary nodes (RN) -> regional, both
            "C504, 8500, 2, 200, 150, 00, 00480, 4",
            // breast: distant lymph nodes -> distant
            "C504, 8500, 2, 100, 000, 10, 00480, 7",
            // lung: confined to lung with ipsilateral mediastinal nodes -> regional nodes only
            "C341, 8140, 1, 300, 400, 00, 00360, 3"})
    void derivesSchemaAndSummaryStage(String site, String histology, String sex, String primaryTumor, String nodes,
                                      String mets, String schemaId, String summaryStage) {
        StagingResult result = STAGING.stage(tumor(site, histology, sex, primaryTumor, nodes, mets));

        assertThat(result.errors()).isEmpty();
        assertThat(result.schemaId()).isEqualTo(schemaId);
        assertThat(result.derivedSummaryStage2018()).isEqualTo(summaryStage);
        assertThat(result.isStaged()).isTrue();
    }

    @Test
    void siteWithoutSchemaIsAnError() {
        StagingResult result = STAGING.stage(tumor("C999", "8500", "2", "100", "000", "00"));

        assertThat(result.schemaId()).isEmpty();
        assertThat(result.derivedSummaryStage2018()).isEmpty();
        assertThat(result.errors()).singleElement().asString().contains("no EOD schema", "C999");
    }

    @Test
    void sexAssignedAtBirthDiscriminatesPeritoneum() {
        Map<String, String> withoutSex = tumor("C481", "8000", "", "100", "000", "00");
        Map<String, String> female = tumor("C481", "8000", "2", "999", "999", "00");

        assertThat(STAGING.stage(withoutSex).errors()).singleElement().asString().contains("several EOD schemas");
        assertThat(STAGING.stage(female).schemaId()).as("primary peritoneal carcinoma").isEqualTo("00552");
    }

    @Test
    void invalidEodCodeNamesTheItem() {
        StagingResult result = STAGING.stage(tumor("C504", "8500", "2", "1ZZ", "000", "00"));

        assertThat(result.isStaged()).isFalse();
        assertThat(result.errors()).singleElement().asString().startsWith("eodPrimaryTumor:");
    }

    @Test
    void diagnosisBefore2018IsOutsideEod2018() {
        Map<String, String> tumor = tumor("C504", "8500", "2", "100", "000", "00");
        tumor.put("dateOfDiagnosis", "20170115");

        assertThat(STAGING.stage(tumor).errors()).singleElement().asString().startsWith("dateOfDiagnosis:");
    }

    private static Map<String, String> tumor(String site, String histology, String sex, String primaryTumor, String nodes,
                                             String mets) {
        Map<String, String> items = new HashMap<>(Map.of("primarySite", site, "histologicTypeIcdO3", histology,
                "behaviorCodeIcdO3", "3", "dateOfDiagnosis", "20260115", "eodPrimaryTumor", primaryTumor,
                "eodRegionalNodes", nodes, "eodMets", mets, "tumorSizeSummary", "025"));
        if (!sex.isEmpty()) {
            items.put("sexAssignedAtBirth", sex);
        }
        return items;
    }
}
