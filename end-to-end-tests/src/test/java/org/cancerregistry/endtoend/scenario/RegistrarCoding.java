package org.cancerregistry.endtoend.scenario;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the scenario's registrar codes to complete a tumor's abstract: the suggested site, histology,
 * behavior and laterality accepted; diagnosed on the specimen collection date of the path report,
 * first seen, treated and last seen that same day; and every other item the edits require, as a
 * registry would code a solid tumor or a leukemia. The follow-up physician marks the run.
 */
final class RegistrarCoding {

    private static final DateTimeFormatter NAACCR_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private RegistrarCoding() {
    }

    static Map<String, String> itemsFor(JsonNode tumor, String physician) {
        JsonNode suggestions = tumor.path("suggestions");
        String site = required(suggestions, "primarySite");
        String histology = required(suggestions, "histologicTypeIcdO3");
        boolean hematopoietic = Integer.parseInt(histology) >= 9590;
        LocalDate diagnosis = LocalDate.parse(tumor.path("tumorItems").path("pathDateSpecCollect1").asText());
        LocalDate birth = LocalDate.parse(tumor.path("patientItems").path("dateOfBirth").asText(), NAACCR_DATE);
        String day = diagnosis.format(NAACCR_DATE);

        Map<String, String> items = new HashMap<>();
        // Race 1 unknown (99) makes every race unknown; otherwise no further race (88).
        String furtherRace = "99".equals(tumor.path("patientItems").path("race1").asText()) ? "99" : "88";
        items.put("race2", furtherRace);
        items.put("race3", furtherRace);
        items.put("spanishHispanicOrigin", "0");
        items.put("dateOfLastContact", day);
        items.put("vitalStatus", "1");
        items.put("causeOfDeath", "0000");
        items.put("sequenceNumberHospital", "00");
        items.put("sequenceNumberCentral", "00");
        items.put("dateOfDiagnosis", day);
        items.put("ageAtDiagnosis", String.format("%03d", Period.between(birth, diagnosis).getYears()));
        items.put("addrAtDxCity", "Delmar");
        items.put("addrAtDxState", "NY");
        items.put("countyAtDx", "001");
        items.put("addrAtDxPostalCode", "12054");
        items.put("primarySite", site);
        items.put("laterality", suggestions.path("laterality").asText("0"));
        items.put("histologicTypeIcdO3", histology);
        items.put("behaviorCodeIcdO3", required(suggestions, "behaviorCodeIcdO3"));
        items.put("gradeClinical", hematopoietic ? "9" : "2");
        items.put("gradePathological", hematopoietic ? "9" : "2");
        items.put("diagnosticConfirmation", hematopoietic ? "3" : "1");
        items.put("typeOfReportingSource", "1");
        items.put("reportingFacility", "0006540001");
        items.put("abstractedBy", "CTR");
        items.put("dateOf1stContact", day);
        items.put("classOfCase", "14");
        items.put("eodPrimaryTumor", hematopoietic ? "800" : "100");
        items.put("eodRegionalNodes", hematopoietic ? "988" : "000");
        items.put("eodMets", hematopoietic ? "88" : "00");
        items.put("tumorSizeSummary", hematopoietic ? "988" : "021");
        items.put("summaryStage2018", hematopoietic ? "7" : "1");
        items.put("regionalNodesPositive", hematopoietic ? "98" : "00");
        items.put("regionalNodesExamined", hematopoietic ? "00" : "03");
        items.put("date1stCrsRxCoc", day);
        items.put("rxSummSurgPrimSite2023", hematopoietic ? "A000" : "A200");
        items.put("rxSummRadiation", "0");
        items.put("rxSummChemo", hematopoietic ? "01" : "00");
        items.put("rxSummHormone", "00");
        items.put("cancerStatus", "2");
        items.put("dateOfLastCancerStatus", day);
        items.put("physicianFollowUp", physician);
        return items;
    }

    private static String required(JsonNode suggestions, String naaccrId) {
        String value = suggestions.path(naaccrId).asText("");
        if (value.isEmpty()) {
            throw new AssertionError("no suggested " + naaccrId + " for a report of this scenario: " + suggestions);
        }
        return value;
    }
}
