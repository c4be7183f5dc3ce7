package org.cancerregistry.endtoend;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a registrar codes for the scenario's patient (left breast infiltrating duct carcinoma collected
 * 2026-03-10) to make a complete abstract: every item the edits require but the age at diagnosis,
 * which depends on the patient's date of birth.
 */
final class CompleteAbstract {

    static final LocalDate DIAGNOSIS = LocalDate.of(2026, 3, 10);

    static final Map<String, String> ITEMS = Map.ofEntries(
            Map.entry("race2", "88"), Map.entry("race3", "88"), Map.entry("spanishHispanicOrigin", "0"),
            Map.entry("dateOfLastContact", "20260320"), Map.entry("vitalStatus", "1"), Map.entry("causeOfDeath", "0000"),
            Map.entry("sequenceNumberHospital", "00"), Map.entry("sequenceNumberCentral", "00"),
            Map.entry("dateOfDiagnosis", "20260310"),
            Map.entry("addrAtDxCity", "Delmar"), Map.entry("addrAtDxState", "NY"), Map.entry("countyAtDx", "001"),
            Map.entry("addrAtDxPostalCode", "12054"),
            Map.entry("primarySite", "C504"), Map.entry("laterality", "2"), Map.entry("histologicTypeIcdO3", "8500"),
            Map.entry("behaviorCodeIcdO3", "3"), Map.entry("gradeClinical", "2"), Map.entry("gradePathological", "2"),
            Map.entry("diagnosticConfirmation", "1"), Map.entry("typeOfReportingSource", "1"),
            Map.entry("reportingFacility", "0006540001"), Map.entry("abstractedBy", "CTR"),
            Map.entry("dateOf1stContact", "20260312"), Map.entry("classOfCase", "14"),
            Map.entry("eodPrimaryTumor", "100"), Map.entry("eodRegionalNodes", "000"), Map.entry("eodMets", "00"),
            Map.entry("tumorSizeSummary", "021"), Map.entry("summaryStage2018", "1"),
            Map.entry("regionalNodesPositive", "00"), Map.entry("regionalNodesExamined", "03"),
            Map.entry("date1stCrsRxCoc", "20260315"), Map.entry("rxSummSurgPrimSite2023", "A200"),
            Map.entry("rxSummRadiation", "1"), Map.entry("rxSummChemo", "00"), Map.entry("rxSummHormone", "01"),
            Map.entry("cancerStatus", "1"), Map.entry("dateOfLastCancerStatus", "20260320"));

    private CompleteAbstract() {
    }
}
