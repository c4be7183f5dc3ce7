package org.cancerregistry.abstracting.item;

import static org.cancerregistry.abstracting.item.AbstractSection.ADMINISTRATION;
import static org.cancerregistry.abstracting.item.AbstractSection.CANCER_IDENTIFICATION;
import static org.cancerregistry.abstracting.item.AbstractSection.FOLLOW_UP;
import static org.cancerregistry.abstracting.item.AbstractSection.PATHOLOGY;
import static org.cancerregistry.abstracting.item.AbstractSection.PATIENT;
import static org.cancerregistry.abstracting.item.AbstractSection.STAGE;
import static org.cancerregistry.abstracting.item.AbstractSection.TREATMENT;
import static org.cancerregistry.abstracting.item.ItemDataType.ALPHA;
import static org.cancerregistry.abstracting.item.ItemDataType.DATE;
import static org.cancerregistry.abstracting.item.ItemDataType.DATE_TIME;
import static org.cancerregistry.abstracting.item.ItemDataType.DIGITS;
import static org.cancerregistry.abstracting.item.ItemDataType.MIXED;
import static org.cancerregistry.abstracting.item.ItemDataType.TEXT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The NAACCR v26 data items of an abstract. Numbers, levels, lengths, data types and record types are those of the NAACCR
 * v26 base dictionary; code lists come from the NAACCR data dictionary, the SEER Program Coding Manual, the STORE manual
 * and the Grade Coding Manual, and are only given for items coded from a short closed list.
 */
public final class NaaccrItems {

    private static final Set<String> ALL_RECORDS = Set.of("A", "M", "C", "I");
    private static final Set<String> CONFIDENTIAL = Set.of("A", "M", "C");
    private static final Set<String> ABSTRACT_ONLY = Set.of("A", "M");

    private static final Set<String> RACE_CODES = Set.of("01", "02", "03", "04", "05", "06", "07", "08", "10", "11", "12",
            "13", "14", "15", "16", "17", "20", "21", "22", "25", "26", "27", "28", "30", "31", "32", "96", "97", "98", "99");
    /** Races 2 and up may also say "no further race documented". */
    private static final Set<String> ADDITIONAL_RACE_CODES = Stream.concat(RACE_CODES.stream(), Stream.of("88"))
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> GRADE_CODES = codes("1 2 3 4 5 8 9 A B C D E H L M S");
    private static final Set<String> SUMMARY_STAGE_CODES = codes("0 1 2 3 4 7 8 9");
    /** USPS state, territory, military and Canadian province codes, plus NAACCR's CD, US, XX, YY and ZZ. */
    private static final Set<String> STATE_CODES = codes("""
            AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK \
            OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS FM GU MH MP PW PR UM VI AA AE AP AB BC MB NB NL NS NT NU ON PE QC \
            SK YT CD US XX YY ZZ""");

    private static final List<NaaccrItem> ITEMS = Stream.of(
            item("patientIdNumber", 20, "Patient ID Number", ItemLevel.PATIENT, 8, DIGITS, ALL_RECORDS, PATIENT),
            item("tumorRecordNumber", 60, "Tumor Record Number", ItemLevel.TUMOR, 2, DIGITS, ALL_RECORDS, ADMINISTRATION),
            item("addrAtDxCity", 70, "Addr at DX--City", ItemLevel.TUMOR, 50, TEXT, ALL_RECORDS, PATIENT),
            item("addrAtDxState", 80, "Addr at DX--State", ItemLevel.TUMOR, 2, ALPHA, ALL_RECORDS, PATIENT, STATE_CODES),
            item("countyAtDx", 90, "County at DX Reported", ItemLevel.TUMOR, 3, DIGITS, ALL_RECORDS, PATIENT),
            item("addrAtDxPostalCode", 100, "Addr at DX--Postal Code", ItemLevel.TUMOR, 9, TEXT, ALL_RECORDS, PATIENT),
            item("race1", 160, "Race 1", ItemLevel.PATIENT, 2, DIGITS, ALL_RECORDS, PATIENT, RACE_CODES),
            item("race2", 161, "Race 2", ItemLevel.PATIENT, 2, DIGITS, ALL_RECORDS, PATIENT, ADDITIONAL_RACE_CODES),
            item("race3", 162, "Race 3", ItemLevel.PATIENT, 2, DIGITS, ALL_RECORDS, PATIENT, ADDITIONAL_RACE_CODES),
            item("spanishHispanicOrigin", 190, "Spanish/Hispanic Origin", ItemLevel.PATIENT, 1, DIGITS, ALL_RECORDS, PATIENT,
                    codes("0 1 2 3 4 5 6 7 8 9")),
            item("sexAssignedAtBirth", 225, "Sex Assigned at Birth", ItemLevel.PATIENT, 1, DIGITS, ALL_RECORDS, PATIENT,
                    codes("1 2 9")),
            item("ageAtDiagnosis", 230, "Age at Diagnosis", ItemLevel.TUMOR, 3, DIGITS, ALL_RECORDS, CANCER_IDENTIFICATION),
            item("dateOfBirth", 240, "Date of Birth", ItemLevel.PATIENT, 8, DATE, ALL_RECORDS, PATIENT),
            item("sequenceNumberCentral", 380, "Sequence Number--Central", ItemLevel.TUMOR, 2, DIGITS, ALL_RECORDS,
                    CANCER_IDENTIFICATION),
            item("dateOfDiagnosis", 390, "Date of Diagnosis", ItemLevel.TUMOR, 8, DATE, ALL_RECORDS, CANCER_IDENTIFICATION),
            item("primarySite", 400, "Primary Site", ItemLevel.TUMOR, 4, TEXT, ALL_RECORDS, CANCER_IDENTIFICATION),
            item("laterality", 410, "Laterality", ItemLevel.TUMOR, 1, DIGITS, ALL_RECORDS, CANCER_IDENTIFICATION,
                    codes("0 1 2 3 4 5 9")),
            item("diagnosticConfirmation", 490, "Diagnostic Confirmation", ItemLevel.TUMOR, 1, DIGITS, ALL_RECORDS,
                    CANCER_IDENTIFICATION, codes("1 2 3 4 5 6 7 8 9")),
            item("typeOfReportingSource", 500, "Type of Reporting Source", ItemLevel.TUMOR, 1, DIGITS, ALL_RECORDS,
                    CANCER_IDENTIFICATION, codes("1 2 3 4 5 6 7 8")),
            item("histologicTypeIcdO3", 522, "Histologic Type ICD-O-3", ItemLevel.TUMOR, 4, DIGITS, ALL_RECORDS,
                    CANCER_IDENTIFICATION),
            item("behaviorCodeIcdO3", 523, "Behavior Code ICD-O-3", ItemLevel.TUMOR, 1, DIGITS, ALL_RECORDS,
                    CANCER_IDENTIFICATION, codes("0 1 2 3")),
            item("reportingFacility", 540, "Reporting Facility", ItemLevel.TUMOR, 10, TEXT, ALL_RECORDS, ADMINISTRATION),
            item("sequenceNumberHospital", 560, "Sequence Number--Hospital", ItemLevel.TUMOR, 2, DIGITS, ALL_RECORDS,
                    CANCER_IDENTIFICATION),
            item("abstractedBy", 570, "Abstracted By", ItemLevel.TUMOR, 3, TEXT, ALL_RECORDS, ADMINISTRATION),
            item("dateOf1stContact", 580, "Date of 1st Contact", ItemLevel.TUMOR, 8, DATE, ALL_RECORDS, ADMINISTRATION),
            item("classOfCase", 610, "Class of Case", ItemLevel.TUMOR, 2, DIGITS, ALL_RECORDS, ADMINISTRATION,
                    codes("00 10 11 12 13 14 20 21 22 30 31 32 33 34 35 36 37 38 40 41 42 43 49 99")),
            item("tumorSizeSummary", 756, "Tumor Size Summary", ItemLevel.TUMOR, 3, DIGITS, ALL_RECORDS, STAGE),
            item("derivedSummaryStage2018", 762, "Derived Summary Stage 2018", ItemLevel.TUMOR, 1, DIGITS, ALL_RECORDS, STAGE,
                    SUMMARY_STAGE_CODES),
            item("summaryStage2018", 764, "Summary Stage 2018", ItemLevel.TUMOR, 1, DIGITS, ALL_RECORDS, STAGE,
                    SUMMARY_STAGE_CODES),
            item("eodPrimaryTumor", 772, "EOD Primary Tumor", ItemLevel.TUMOR, 3, TEXT, ALL_RECORDS, STAGE),
            item("eodRegionalNodes", 774, "EOD Regional Nodes", ItemLevel.TUMOR, 3, TEXT, ALL_RECORDS, STAGE),
            item("eodMets", 776, "EOD Mets", ItemLevel.TUMOR, 2, TEXT, ALL_RECORDS, STAGE),
            item("regionalNodesPositive", 820, "Regional Nodes Positive", ItemLevel.TUMOR, 2, DIGITS, ALL_RECORDS, STAGE),
            item("regionalNodesExamined", 830, "Regional Nodes Examined", ItemLevel.TUMOR, 2, DIGITS, ALL_RECORDS, STAGE),
            item("date1stCrsRxCoc", 1270, "Date 1st Crs RX CoC", ItemLevel.TUMOR, 8, DATE, ALL_RECORDS, TREATMENT),
            item("rxSummSurgPrimSite", 1290, "RX Summ--Surg Prim Site 03-2022", ItemLevel.TUMOR, 2, DIGITS, ALL_RECORDS,
                    TREATMENT),
            item("rxSummSurgPrimSite2023", 1291, "RX Summ--Surg Prim Site 2023", ItemLevel.TUMOR, 4, MIXED, ALL_RECORDS,
                    TREATMENT),
            item("rxSummRadiation", 1360, "RX Summ--Radiation", ItemLevel.TUMOR, 1, DIGITS, ALL_RECORDS, TREATMENT,
                    codes("0 1 2 3 4 5 7 9")),
            item("rxSummChemo", 1390, "RX Summ--Chemo", ItemLevel.TUMOR, 2, DIGITS, ALL_RECORDS, TREATMENT,
                    codes("00 01 02 03 82 85 86 87 88 99")),
            item("rxSummHormone", 1400, "RX Summ--Hormone", ItemLevel.TUMOR, 2, DIGITS, ALL_RECORDS, TREATMENT,
                    codes("00 01 82 85 86 87 88 99")),
            item("dateOfLastContact", 1750, "Date of Last Contact", ItemLevel.PATIENT, 8, DATE, ALL_RECORDS, FOLLOW_UP),
            item("vitalStatus", 1760, "Vital Status", ItemLevel.PATIENT, 1, DIGITS, ALL_RECORDS, FOLLOW_UP, codes("0 1")),
            item("cancerStatus", 1770, "Cancer Status", ItemLevel.TUMOR, 1, DIGITS, ALL_RECORDS, FOLLOW_UP, codes("1 2 9")),
            item("dateOfLastCancerStatus", 1772, "Date of Last Cancer (tumor) Status", ItemLevel.TUMOR, 8, DATE, ALL_RECORDS,
                    FOLLOW_UP),
            item("addrCurrentCity", 1810, "Addr Current--City", ItemLevel.PATIENT, 50, TEXT, ALL_RECORDS, FOLLOW_UP),
            item("addrCurrentState", 1820, "Addr Current--State", ItemLevel.PATIENT, 2, ALPHA, ALL_RECORDS, FOLLOW_UP,
                    STATE_CODES),
            item("addrCurrentPostalCode", 1830, "Addr Current--Postal Code", ItemLevel.PATIENT, 9, TEXT, ALL_RECORDS,
                    FOLLOW_UP),
            item("addrCurrentCountry", 1832, "Addr Current--Country", ItemLevel.PATIENT, 3, ALPHA, ALL_RECORDS, FOLLOW_UP),
            item("countyCurrent", 1840, "County--Current", ItemLevel.PATIENT, 3, DIGITS, ALL_RECORDS, FOLLOW_UP),
            item("causeOfDeath", 1910, "Cause of Death", ItemLevel.PATIENT, 4, TEXT, ALL_RECORDS, FOLLOW_UP),
            item("dateCaseCompleted", 2090, "Date Case Completed", ItemLevel.TUMOR, 8, DATE, ALL_RECORDS, ADMINISTRATION),
            item("nameLast", 2230, "Name--Last", ItemLevel.PATIENT, 40, TEXT, CONFIDENTIAL, PATIENT),
            item("nameFirst", 2240, "Name--First", ItemLevel.PATIENT, 40, TEXT, CONFIDENTIAL, PATIENT),
            item("nameMiddle", 2250, "Name--Middle", ItemLevel.PATIENT, 40, TEXT, CONFIDENTIAL, PATIENT),
            item("medicalRecordNumber", 2300, "Medical Record Number", ItemLevel.TUMOR, 15, TEXT, CONFIDENTIAL, ADMINISTRATION),
            item("socialSecurityNumber", 2320, "Social Security Number", ItemLevel.PATIENT, 9, DIGITS, CONFIDENTIAL, PATIENT),
            item("physicianFollowUp", 2470, "Physician--Follow-Up", ItemLevel.TUMOR, 8, TEXT, CONFIDENTIAL, FOLLOW_UP),
            item("textDxProcPath", 2570, "Text--DX Proc--Path", ItemLevel.TUMOR, 4000, TEXT, ABSTRACT_ONLY, PATHOLOGY),
            item("schemaId", 3800, "Schema ID", ItemLevel.TUMOR, 5, TEXT, ALL_RECORDS, STAGE),
            item("gradeClinical", 3843, "Grade Clinical", ItemLevel.TUMOR, 1, TEXT, ALL_RECORDS, CANCER_IDENTIFICATION,
                    GRADE_CODES),
            item("gradePathological", 3844, "Grade Pathological", ItemLevel.TUMOR, 1, TEXT, ALL_RECORDS,
                    CANCER_IDENTIFICATION, GRADE_CODES),
            item("schemaDiscriminator1", 3926, "Schema Discriminator 1", ItemLevel.TUMOR, 1, TEXT, ALL_RECORDS, STAGE),
            item("schemaDiscriminator2", 3927, "Schema Discriminator 2", ItemLevel.TUMOR, 1, TEXT, ALL_RECORDS, STAGE),
            item("pathReportingFacId1", 7010, "Path Reporting Fac ID 1", ItemLevel.TUMOR, 25, TEXT, ABSTRACT_ONLY, PATHOLOGY),
            item("pathReportNumber1", 7090, "Path Report Number 1", ItemLevel.TUMOR, 20, TEXT, ABSTRACT_ONLY, PATHOLOGY),
            item("pathDateSpecCollect1", 7320, "Path Date Spec Collect 1", ItemLevel.TUMOR, 25, DATE_TIME, ABSTRACT_ONLY,
                    PATHOLOGY),
            item("pathReportType1", 7480, "Path Report Type 1", ItemLevel.TUMOR, 2, DIGITS, ABSTRACT_ONLY, PATHOLOGY))
            .sorted(Comparator.comparingInt(NaaccrItem::number))
            .toList();

    private static final Map<String, NaaccrItem> BY_ID = ITEMS.stream()
            .collect(Collectors.toMap(NaaccrItem::naaccrId, Function.identity(), (a, b) -> {
                throw new IllegalStateException("item defined twice: " + a.naaccrId());
            }, LinkedHashMap::new));

    private static final Pattern ALPHA_VALUE = Pattern.compile("[A-Z]+");
    private static final Pattern DIGITS_VALUE = Pattern.compile("[0-9]+");
    private static final Pattern MIXED_VALUE = Pattern.compile("[A-Z0-9]+");
    private static final Pattern NUMERIC_VALUE = Pattern.compile("[0-9]+(\\.[0-9]+)?");

    private NaaccrItems() {
    }

    /** Every item, in NAACCR number order. */
    public static List<NaaccrItem> all() {
        return ITEMS;
    }

    public static Optional<NaaccrItem> find(String naaccrId) {
        return Optional.ofNullable(BY_ID.get(naaccrId));
    }

    /** @throws IllegalArgumentException when the id is not an item of the table */
    public static NaaccrItem get(String naaccrId) {
        return find(naaccrId).orElseThrow(() -> new IllegalArgumentException("unknown NAACCR item: " + naaccrId));
    }

    /**
     * Why a value does not fit its item, or empty when it fits. A blank value fits: whether an item is required is a
     * matter for the edits. The message never repeats the value, which may identify the patient.
     *
     * @throws IllegalArgumentException when the id is not an item of the table
     */
    public static Optional<String> formatProblem(String naaccrId, String value) {
        NaaccrItem item = get(naaccrId);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String name = item.naaccrId() + " [" + item.number() + "]";
        if (value.length() > item.length()) {
            return Optional.of(name + " is longer than " + item.length() + " characters");
        }
        Optional<String> typeProblem = dataTypeProblem(item, value);
        if (typeProblem.isPresent()) {
            return typeProblem.map(why -> name + " " + why);
        }
        if (item.isRestrictedToCodes() && !item.allowedCodes().contains(value)) {
            return Optional.of(name + " is not one of its valid codes");
        }
        return Optional.empty();
    }

    private static Optional<String> dataTypeProblem(NaaccrItem item, String value) {
        // NAACCR XML requires alpha, digits and mixed values at the item's full length (leading zeros kept).
        boolean fullLength = value.length() == item.length();
        return switch (item.dataType()) {
            case ALPHA -> ALPHA_VALUE.matcher(value).matches() && fullLength ? Optional.empty()
                    : Optional.of("must be " + item.length() + " upper-case letters");
            case DIGITS -> DIGITS_VALUE.matcher(value).matches() && fullLength ? Optional.empty()
                    : Optional.of("must be " + (item.length() == 1 ? "1 digit" : item.length() + " digits") + " (0-9)");
            case MIXED -> MIXED_VALUE.matcher(value).matches() && fullLength ? Optional.empty()
                    : Optional.of("must be " + item.length() + " upper-case letters or digits");
            case NUMERIC -> NUMERIC_VALUE.matcher(value).matches() ? Optional.empty()
                    : Optional.of("must be a number (digits with an optional decimal point)");
            case DATE -> NaaccrDate.parse(value).isPresent() ? Optional.empty()
                    : Optional.of("must be a real date as YYYYMMDD, YYYYMM or YYYY");
            case DATE_TIME -> isIsoDateTime(value) ? Optional.empty()
                    : Optional.of("must be an ISO 8601 date or date-time");
            case TEXT -> Optional.empty();
        };
    }

    private static boolean isIsoDateTime(String value) {
        for (Function<String, ?> parser : List.<Function<String, ?>>of(OffsetDateTime::parse, LocalDateTime::parse,
                LocalDate::parse)) {
            try {
                parser.apply(value);
                return true;
            } catch (DateTimeParseException e) {
                // try the next ISO 8601 form
            }
        }
        return false;
    }

    private static NaaccrItem item(String naaccrId, int number, String label, ItemLevel level, int length,
                                   ItemDataType dataType, Set<String> recordTypes, AbstractSection section) {
        return item(naaccrId, number, label, level, length, dataType, recordTypes, section, Set.of());
    }

    private static NaaccrItem item(String naaccrId, int number, String label, ItemLevel level, int length,
                                   ItemDataType dataType, Set<String> recordTypes, AbstractSection section,
                                   Set<String> allowedCodes) {
        return new NaaccrItem(naaccrId, number, label, level, length, dataType, recordTypes, allowedCodes, section);
    }

    private static Set<String> codes(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.trim().split("\\s+")).collect(Collectors.toUnmodifiableSet());
    }
}
