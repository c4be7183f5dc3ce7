package org.cancerregistry.endtoend.browser;

import java.util.List;

/**
 * What a registrar types into the abstract editor for the lab's left breast infiltrating duct carcinoma (collected
 * 2026-03-10), by the label of each field: every item the edits require but the dates and the age, which the test
 * sets itself.
 */
final class CodedBreastCancer {

    record Entry(String label, String value) {
    }

    static final String DATE_OF_DIAGNOSIS = "Date of Diagnosis [390]";
    static final String AGE_AT_DIAGNOSIS = "Age at Diagnosis [230]";
    static final String DATE_OF_LAST_CONTACT = "Date of Last Contact [1750]";
    static final String DATE_OF_LAST_CANCER_STATUS = "Date of Last Cancer (tumor) Status [1772]";

    static final List<Entry> ENTRIES = List.of(
            new Entry("Race 2 [161]", "88"),
            new Entry("Race 3 [162]", "88"),
            new Entry("Spanish/Hispanic Origin [190]", "0"),
            new Entry("Addr at DX--City [70]", "Delmar"),
            new Entry("Addr at DX--State [80]", "NY"),
            new Entry("County at DX Reported [90]", "001"),
            new Entry("Addr at DX--Postal Code [100]", "12054"),
            new Entry("Sequence Number--Hospital [560]", "00"),
            new Entry("Sequence Number--Central [380]", "00"),
            new Entry("Primary Site [400]", "C504"),
            new Entry("Laterality [410]", "2"),
            new Entry("Histologic Type ICD-O-3 [522]", "8500"),
            new Entry("Behavior Code ICD-O-3 [523]", "3"),
            new Entry("Grade Clinical [3843]", "2"),
            new Entry("Grade Pathological [3844]", "2"),
            new Entry("Diagnostic Confirmation [490]", "1"),
            new Entry("Type of Reporting Source [500]", "1"),
            new Entry("EOD Primary Tumor [772]", "100"),
            new Entry("EOD Regional Nodes [774]", "000"),
            new Entry("EOD Mets [776]", "00"),
            new Entry("Tumor Size Summary [756]", "021"),
            new Entry("Summary Stage 2018 [764]", "1"),
            new Entry("Regional Nodes Positive [820]", "00"),
            new Entry("Regional Nodes Examined [830]", "03"),
            new Entry("Date 1st Crs RX CoC [1270]", "20260315"),
            new Entry("RX Summ--Surg Prim Site 2023 [1291]", "A200"),
            new Entry("RX Summ--Radiation [1360]", "1"),
            new Entry("RX Summ--Chemo [1390]", "00"),
            new Entry("RX Summ--Hormone [1400]", "01"),
            new Entry("Vital Status [1760]", "1"),
            new Entry("Cause of Death [1910]", "0000"),
            new Entry("Cancer Status [1770]", "1"),
            new Entry("Reporting Facility [540]", "0006540001"),
            new Entry("Abstracted By [570]", "CTR"),
            new Entry("Date of 1st Contact [580]", "20260312"),
            new Entry("Class of Case [610]", "14"));

    private CodedBreastCancer() {
    }
}
