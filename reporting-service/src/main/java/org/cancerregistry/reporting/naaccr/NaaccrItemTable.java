package org.cancerregistry.reporting.naaccr;

import static org.cancerregistry.reporting.naaccr.ItemLevel.NAACCR_DATA;
import static org.cancerregistry.reporting.naaccr.ItemLevel.PATIENT;
import static org.cancerregistry.reporting.naaccr.ItemLevel.TUMOR;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The items this registry exports, with the facts of the NAACCR base dictionary of each version
 * (naaccrNum, parentXmlElement, length, recordTypes).
 */
public final class NaaccrItemTable {

    private static final Set<String> ALL_RECORDS = Set.of("A", "M", "C", "I");
    /** Names, SSN and the medical record number identify the patient: incidence (I) files leave them out. */
    private static final Set<String> NOT_INCIDENCE = Set.of("A", "M", "C");
    /** Text and pathology report items travel only in full abstracts (A) and their modifications (M). */
    private static final Set<String> ABSTRACT_ONLY = Set.of("A", "M");

    private static final Set<Character> RECORD_TYPES = Set.of('A', 'M', 'C', 'I');

    private static final Map<NaaccrVersion, NaaccrItemTable> TABLES = new EnumMap<>(Map.of(
            NaaccrVersion.V250, new NaaccrItemTable(withSex(item("sex", 220, PATIENT, 1, ALL_RECORDS))),
            // v26 dropped item 220 sex in favour of 225 sexAssignedAtBirth.
            NaaccrVersion.V260, new NaaccrItemTable(withSex(item("sexAssignedAtBirth", 225, PATIENT, 1, ALL_RECORDS)))));

    private final Map<String, NaaccrItem> byId = new LinkedHashMap<>();
    private final Map<ItemLevel, List<NaaccrItem>> byLevel = new EnumMap<>(ItemLevel.class);

    private NaaccrItemTable(List<NaaccrItem> items) {
        items.stream().sorted(Comparator.comparingInt(NaaccrItem::number)).forEach(item -> {
            byId.put(item.naaccrId(), item);
            byLevel.computeIfAbsent(item.level(), level -> new ArrayList<>()).add(item);
        });
        byLevel.replaceAll((level, levelItems) -> List.copyOf(levelItems));
    }

    public static NaaccrItemTable of(NaaccrVersion version) {
        return TABLES.get(version);
    }

    public Optional<NaaccrItem> find(String naaccrId) {
        return Optional.ofNullable(byId.get(naaccrId));
    }

    /** The items of one level, in NAACCR number order. */
    public List<NaaccrItem> items(ItemLevel level) {
        return byLevel.getOrDefault(level, List.of());
    }

    /** Whether a file of the record type (A, M, C or I) may carry the item. */
    public boolean allows(NaaccrItem item, char recordType) {
        return item.recordTypes().contains(String.valueOf(requireRecordType(recordType)));
    }

    static char requireRecordType(char recordType) {
        if (!RECORD_TYPES.contains(recordType)) {
            throw new IllegalArgumentException("Unknown NAACCR record type '" + recordType + "', expected A, M, C or I");
        }
        return recordType;
    }

    private static List<NaaccrItem> withSex(NaaccrItem sex) {
        List<NaaccrItem> items = new ArrayList<>(sharedItems());
        items.add(sex);
        return items;
    }

    /** Items whose facts are the same in the v25 and v26 dictionaries. */
    private static List<NaaccrItem> sharedItems() {
        return List.of(
                item("registryId", 40, NAACCR_DATA, 10, ALL_RECORDS),

                item("patientIdNumber", 20, PATIENT, 8, ALL_RECORDS),
                item("race1", 160, PATIENT, 2, ALL_RECORDS),
                item("race2", 161, PATIENT, 2, ALL_RECORDS),
                item("race3", 162, PATIENT, 2, ALL_RECORDS),
                item("spanishHispanicOrigin", 190, PATIENT, 1, ALL_RECORDS),
                item("dateOfBirth", 240, PATIENT, 8, ALL_RECORDS),
                item("dateOfLastContact", 1750, PATIENT, 8, ALL_RECORDS),
                item("vitalStatus", 1760, PATIENT, 1, ALL_RECORDS),
                item("addrCurrentCity", 1810, PATIENT, 50, ALL_RECORDS),
                item("addrCurrentState", 1820, PATIENT, 2, ALL_RECORDS),
                item("addrCurrentPostalCode", 1830, PATIENT, 9, ALL_RECORDS),
                item("addrCurrentCountry", 1832, PATIENT, 3, ALL_RECORDS),
                item("countyCurrent", 1840, PATIENT, 3, ALL_RECORDS),
                item("causeOfDeath", 1910, PATIENT, 4, ALL_RECORDS),
                item("nameLast", 2230, PATIENT, 40, NOT_INCIDENCE),
                item("nameFirst", 2240, PATIENT, 40, NOT_INCIDENCE),
                item("nameMiddle", 2250, PATIENT, 40, NOT_INCIDENCE),
                item("socialSecurityNumber", 2320, PATIENT, 9, NOT_INCIDENCE),

                item("tumorRecordNumber", 60, TUMOR, 2, ALL_RECORDS),
                item("addrAtDxCity", 70, TUMOR, 50, ALL_RECORDS),
                item("addrAtDxState", 80, TUMOR, 2, ALL_RECORDS),
                item("countyAtDx", 90, TUMOR, 3, ALL_RECORDS),
                item("addrAtDxPostalCode", 100, TUMOR, 9, ALL_RECORDS),
                item("ageAtDiagnosis", 230, TUMOR, 3, ALL_RECORDS),
                item("sequenceNumberCentral", 380, TUMOR, 2, ALL_RECORDS),
                item("dateOfDiagnosis", 390, TUMOR, 8, ALL_RECORDS),
                item("primarySite", 400, TUMOR, 4, ALL_RECORDS),
                item("laterality", 410, TUMOR, 1, ALL_RECORDS),
                item("diagnosticConfirmation", 490, TUMOR, 1, ALL_RECORDS),
                item("typeOfReportingSource", 500, TUMOR, 1, ALL_RECORDS),
                item("histologicTypeIcdO3", 522, TUMOR, 4, ALL_RECORDS),
                item("behaviorCodeIcdO3", 523, TUMOR, 1, ALL_RECORDS),
                item("reportingFacility", 540, TUMOR, 10, ALL_RECORDS),
                item("sequenceNumberHospital", 560, TUMOR, 2, ALL_RECORDS),
                item("abstractedBy", 570, TUMOR, 3, ALL_RECORDS),
                item("dateOf1stContact", 580, TUMOR, 8, ALL_RECORDS),
                item("classOfCase", 610, TUMOR, 2, ALL_RECORDS),
                item("tumorSizeSummary", 756, TUMOR, 3, ALL_RECORDS),
                item("derivedSummaryStage2018", 762, TUMOR, 1, ALL_RECORDS),
                item("summaryStage2018", 764, TUMOR, 1, ALL_RECORDS),
                item("eodPrimaryTumor", 772, TUMOR, 3, ALL_RECORDS),
                item("eodRegionalNodes", 774, TUMOR, 3, ALL_RECORDS),
                item("eodMets", 776, TUMOR, 2, ALL_RECORDS),
                item("regionalNodesPositive", 820, TUMOR, 2, ALL_RECORDS),
                item("regionalNodesExamined", 830, TUMOR, 2, ALL_RECORDS),
                item("date1stCrsRxCoc", 1270, TUMOR, 8, ALL_RECORDS),
                item("rxSummSurgPrimSite", 1290, TUMOR, 2, ALL_RECORDS),
                item("rxSummSurgPrimSite2023", 1291, TUMOR, 4, ALL_RECORDS),
                item("rxSummRadiation", 1360, TUMOR, 1, ALL_RECORDS),
                item("rxSummChemo", 1390, TUMOR, 2, ALL_RECORDS),
                item("rxSummHormone", 1400, TUMOR, 2, ALL_RECORDS),
                item("cancerStatus", 1770, TUMOR, 1, ALL_RECORDS),
                item("dateOfLastCancerStatus", 1772, TUMOR, 8, ALL_RECORDS),
                item("dateCaseCompleted", 2090, TUMOR, 8, ALL_RECORDS),
                item("medicalRecordNumber", 2300, TUMOR, 15, NOT_INCIDENCE),
                item("physicianFollowUp", 2470, TUMOR, 8, NOT_INCIDENCE),
                item("textDxProcPath", 2570, TUMOR, 4000, ABSTRACT_ONLY),
                item("schemaId", 3800, TUMOR, 5, ALL_RECORDS),
                item("gradeClinical", 3843, TUMOR, 1, ALL_RECORDS),
                item("gradePathological", 3844, TUMOR, 1, ALL_RECORDS),
                item("schemaDiscriminator1", 3926, TUMOR, 1, ALL_RECORDS),
                item("schemaDiscriminator2", 3927, TUMOR, 1, ALL_RECORDS),
                item("pathReportingFacId1", 7010, TUMOR, 25, ABSTRACT_ONLY),
                item("pathReportNumber1", 7090, TUMOR, 20, ABSTRACT_ONLY),
                item("pathDateSpecCollect1", 7320, TUMOR, 25, ABSTRACT_ONLY),
                item("pathReportType1", 7480, TUMOR, 2, ABSTRACT_ONLY));
    }

    private static NaaccrItem item(String naaccrId, int number, ItemLevel level, int length, Set<String> recordTypes) {
        return new NaaccrItem(naaccrId, number, level, length, recordTypes);
    }
}
