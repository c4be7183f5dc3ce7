package org.cancerregistry.abstracting.edits;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.cancerregistry.abstracting.item.ItemDataType;
import org.cancerregistry.abstracting.item.NaaccrItem;
import org.cancerregistry.abstracting.item.NaaccrItems;

/** Single-item validity: each code from its list, each date a real date, every other item in its NAACCR format. */
final class ItemCodeEdits {

    private static final Pattern SSN = Pattern.compile("\\d{9}");
    private static final Pattern AGE = Pattern.compile("\\d{3}");

    private ItemCodeEdits() {
    }

    static List<Edit> edits() {
        List<Edit> edits = new ArrayList<>(List.of(
                codes("VALID_SEX", "Sex assigned at birth is a valid code", "sexAssignedAtBirth"),
                codes("VALID_RACE", "Races 1 to 3 are valid codes", "race1", "race2", "race3"),
                codes("VALID_SPANISH_HISPANIC_ORIGIN", "Spanish/Hispanic origin is a valid code", "spanishHispanicOrigin"),
                codes("VALID_VITAL_STATUS", "Vital status is 0 (dead) or 1 (alive)", "vitalStatus"),
                codes("VALID_LATERALITY", "Laterality is a valid code", "laterality"),
                codes("VALID_BEHAVIOR", "Behavior is 0, 1, 2 or 3", "behaviorCodeIcdO3"),
                codes("VALID_GRADE_CLINICAL", "Grade clinical is a valid grade code", "gradeClinical"),
                codes("VALID_GRADE_PATHOLOGICAL", "Grade pathological is a valid grade code", "gradePathological"),
                codes("VALID_DIAGNOSTIC_CONFIRMATION", "Diagnostic confirmation is a valid code", "diagnosticConfirmation"),
                codes("VALID_REPORTING_SOURCE", "Type of reporting source is a valid code", "typeOfReportingSource"),
                codes("VALID_CLASS_OF_CASE", "Class of case is a valid code", "classOfCase"),
                codes("VALID_SUMMARY_STAGE_2018", "Summary Stage 2018 and its derived value are valid codes",
                        "summaryStage2018", "derivedSummaryStage2018"),
                codes("VALID_TREATMENT_CODES", "First-course radiation, chemotherapy and hormone therapy are valid codes",
                        "rxSummRadiation", "rxSummChemo", "rxSummHormone"),
                codes("VALID_CANCER_STATUS", "Cancer status is 1, 2 or 9", "cancerStatus"),
                codes("VALID_STATE", "States at diagnosis and current are valid state, province or NAACCR codes",
                        "addrAtDxState", "addrCurrentState"),
                new ItemValidityEdit("VALID_DATES", "Every date item is a real date (YYYYMMDD, YYYYMM or YYYY)",
                        NaaccrItems.all().stream().filter(item -> item.dataType() == ItemDataType.DATE)
                                .map(NaaccrItem::naaccrId).toList()),
                RuleEdit.of("VALID_PRIMARY_SITE", "Primary site is an ICD-O-3 topography code", List.of("primarySite"),
                        ItemCodeEdits::primarySiteProblem),
                RuleEdit.of("VALID_HISTOLOGY", "Histologic type is an ICD-O-3 morphology code 8000-9993",
                        List.of("histologicTypeIcdO3"), ItemCodeEdits::histologyProblem),
                RuleEdit.of("VALID_AGE_AT_DIAGNOSIS", "Age at diagnosis is 000-120, or 999 when unknown",
                        List.of("ageAtDiagnosis"), ItemCodeEdits::ageProblem),
                RuleEdit.of("VALID_SOCIAL_SECURITY_NUMBER",
                        "Social security number is 9 digits with a possible area, group and serial, or 999999999",
                        List.of("socialSecurityNumber"), ItemCodeEdits::socialSecurityNumberProblem)));
        edits.add(formatOfItemsNotCheckedBy(edits));
        return List.copyOf(edits);
    }

    /** ITEM_FORMAT covers the items no dedicated validity edit checks, so that a bad code is reported once. */
    private static Edit formatOfItemsNotCheckedBy(Collection<Edit> validityEdits) {
        Set<String> checked = new HashSet<>();
        validityEdits.forEach(edit -> checked.addAll(edit.items()));
        List<String> unchecked = NaaccrItems.all().stream().map(NaaccrItem::naaccrId)
                .filter(id -> !checked.contains(id)).toList();
        return new ItemValidityEdit("ITEM_FORMAT", "Every other item fits its NAACCR length and data type", unchecked);
    }

    private static Edit codes(String id, String description, String... naaccrIds) {
        return new ItemValidityEdit(id, description, List.of(naaccrIds));
    }

    private static Optional<String> primarySiteProblem(AbstractRecord record) {
        String site = record.value("primarySite");
        return site.isEmpty() || Topography.isValid(site) ? Optional.empty()
                : Optional.of("primarySite " + site + " is not an ICD-O-3 topography code (C000-C809)");
    }

    private static Optional<String> histologyProblem(AbstractRecord record) {
        String histology = record.value("histologicTypeIcdO3");
        return histology.isEmpty() || Morphology.isValid(histology) ? Optional.empty()
                : Optional.of("histologicTypeIcdO3 " + histology + " is not an ICD-O-3 histology code (8000-9993)");
    }

    private static Optional<String> ageProblem(AbstractRecord record) {
        String age = record.value("ageAtDiagnosis");
        if (age.isEmpty() || AGE.matcher(age).matches() && (Integer.parseInt(age) <= 120 || age.equals("999"))) {
            return Optional.empty();
        }
        return Optional.of("ageAtDiagnosis " + age + " is not 000-120 or 999");
    }

    private static Optional<String> socialSecurityNumberProblem(AbstractRecord record) {
        String ssn = record.value("socialSecurityNumber");
        if (ssn.isEmpty() || ssn.equals("999999999")) {
            return Optional.empty();
        }
        boolean possible = SSN.matcher(ssn).matches()
                && !ssn.startsWith("000") && !ssn.startsWith("666") && !ssn.startsWith("9")
                && !ssn.startsWith("00", 3) && !ssn.endsWith("0000");
        return possible ? Optional.empty()
                : Optional.of("socialSecurityNumber is not a possible social security number (9 digits; area not 000, "
                + "666 or 9xx; group not 00; serial not 0000) nor 999999999");
    }
}
