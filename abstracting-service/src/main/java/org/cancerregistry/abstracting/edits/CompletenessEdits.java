package org.cancerregistry.abstracting.edits;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.cancerregistry.abstracting.item.NaaccrDate;

/** The items a registrar must fill in before an abstract is complete. */
final class CompletenessEdits {

    private static final List<String> PATIENT_ITEMS = List.of("patientIdNumber", "nameLast", "dateOfBirth",
            "sexAssignedAtBirth", "race1", "spanishHispanicOrigin", "dateOfLastContact", "vitalStatus");
    private static final List<String> TUMOR_ITEMS = List.of("tumorRecordNumber", "reportingFacility",
            "sequenceNumberHospital", "dateOfDiagnosis", "ageAtDiagnosis", "addrAtDxState", "countyAtDx", "primarySite",
            "laterality", "histologicTypeIcdO3", "behaviorCodeIcdO3", "diagnosticConfirmation", "typeOfReportingSource",
            "classOfCase", "dateOf1stContact", "abstractedBy", "summaryStage2018", "cancerStatus");
    private static final List<String> FIRST_COURSE_ITEMS = List.of("rxSummRadiation", "rxSummChemo", "rxSummHormone");
    private static final String SURGERY_BEFORE_2023 = "rxSummSurgPrimSite";
    private static final String SURGERY_FROM_2023 = "rxSummSurgPrimSite2023";
    /** Cases the facility diagnosed or treated (classes 00-22) carry their first course of treatment. */
    private static final Set<String> ANALYTIC_CLASSES = Set.of("00", "10", "11", "12", "13", "14", "20", "21", "22");

    private CompletenessEdits() {
    }

    static List<Edit> edits() {
        return List.of(
                required("REQUIRED_PATIENT_ITEMS", "Patient identification and demographics are filled in", PATIENT_ITEMS),
                required("REQUIRED_FOR_COMPLETION", "Cancer identification, stage and follow-up items are filled in",
                        TUMOR_ITEMS),
                new RuleEdit("REQUIRED_FIRST_COURSE_TREATMENT",
                        "An analytic case (class of case 00-22) has its first-course surgery, radiation, chemotherapy "
                                + "and hormone therapy",
                        concat(List.of("classOfCase", "dateOfDiagnosis", SURGERY_BEFORE_2023, SURGERY_FROM_2023),
                                FIRST_COURSE_ITEMS),
                        CompletenessEdits::missingFirstCourse));
    }

    private static Optional<RuleEdit.Problem> missingFirstCourse(AbstractRecord record) {
        String classOfCase = record.value("classOfCase");
        Optional<NaaccrDate> diagnosis = NaaccrDate.parse(record.value("dateOfDiagnosis"));
        if (!ANALYTIC_CLASSES.contains(classOfCase) || diagnosis.isEmpty()) {
            return Optional.empty();
        }
        // Surgery for diagnoses from 2023 is coded in a new item with new codes.
        String surgery = diagnosis.get().year() < 2023 ? SURGERY_BEFORE_2023 : SURGERY_FROM_2023;
        return missing(record, concat(List.of(surgery), FIRST_COURSE_ITEMS)).map(problem -> new RuleEdit.Problem(
                "analytic classOfCase " + classOfCase + " needs " + problem.message(),
                concat(List.of("classOfCase"), problem.items())));
    }

    private static Edit required(String id, String description, List<String> items) {
        return new RuleEdit(id, description, items, record -> missing(record, items));
    }

    private static Optional<RuleEdit.Problem> missing(AbstractRecord record, List<String> items) {
        List<String> blank = items.stream().filter(record::isBlank).toList();
        return blank.isEmpty() ? Optional.empty()
                : Optional.of(new RuleEdit.Problem("missing " + String.join(", ", blank), blank));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
