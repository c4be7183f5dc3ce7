package org.cancerregistry.abstracting.edits;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cancerregistry.abstracting.item.ItemDataType;
import org.cancerregistry.abstracting.item.NaaccrDate;
import org.cancerregistry.abstracting.item.NaaccrItem;
import org.cancerregistry.abstracting.item.NaaccrItems;

/**
 * The order of the abstract's dates. Partial dates are compared on the parts both dates know, so an edit only fails when
 * the order is certainly wrong; an unreadable date is left to VALID_DATES. The date of birth is never repeated.
 */
final class DateEdits {

    private DateEdits() {
    }

    static List<Edit> edits(Clock clock) {
        return List.of(
                order("DOB_BEFORE_DIAGNOSIS", "dateOfBirth", "dateOfDiagnosis"),
                order("DIAGNOSIS_BEFORE_LAST_CONTACT", "dateOfDiagnosis", "dateOfLastContact"),
                order("DIAGNOSIS_BEFORE_CASE_COMPLETED", "dateOfDiagnosis", "dateCaseCompleted"),
                order("FIRST_CONTACT_AFTER_BIRTH", "dateOfBirth", "dateOf1stContact"),
                order("DIAGNOSIS_BEFORE_FIRST_COURSE_TREATMENT", "dateOfDiagnosis", "date1stCrsRxCoc"),
                new RuleEdit("CANCER_STATUS_DATE_RANGE",
                        "Date of last cancer status is between the date of diagnosis and the date of last contact",
                        List.of("dateOfLastCancerStatus", "dateOfDiagnosis", "dateOfLastContact"),
                        DateEdits::cancerStatusDateProblem),
                notInFuture(clock),
                RuleEdit.of("AGE_AT_DIAGNOSIS_CONSISTENT",
                        "Age at diagnosis is the age computed from the full dates of birth and diagnosis",
                        List.of("ageAtDiagnosis", "dateOfBirth", "dateOfDiagnosis"), DateEdits::ageProblem));
    }

    private static Edit order(String id, String earlier, String later) {
        String description = label(earlier) + " is not after " + label(later);
        return RuleEdit.of(id, description, List.of(earlier, later), record -> {
            Optional<NaaccrDate> first = date(record, earlier);
            Optional<NaaccrDate> second = date(record, later);
            if (first.isEmpty() || second.isEmpty() || first.get().compareTo(second.get()) <= 0) {
                return Optional.empty();
            }
            if (involvesBirth(earlier, later)) {
                return Optional.of(label(earlier) + " is after " + label(later));
            }
            return Optional.of(earlier + " " + first.get() + " is after " + later + " " + second.get());
        });
    }

    private static Optional<RuleEdit.Problem> cancerStatusDateProblem(AbstractRecord record) {
        Optional<NaaccrDate> status = date(record, "dateOfLastCancerStatus");
        if (status.isEmpty()) {
            return Optional.empty();
        }
        Optional<NaaccrDate> diagnosis = date(record, "dateOfDiagnosis");
        if (diagnosis.isPresent() && status.get().compareTo(diagnosis.get()) < 0) {
            return Optional.of(new RuleEdit.Problem(describe("dateOfLastCancerStatus", status.get()) + " is before "
                    + describe("dateOfDiagnosis", diagnosis.get()), List.of("dateOfLastCancerStatus", "dateOfDiagnosis")));
        }
        Optional<NaaccrDate> lastContact = date(record, "dateOfLastContact");
        if (lastContact.isPresent() && status.get().compareTo(lastContact.get()) > 0) {
            return Optional.of(new RuleEdit.Problem(describe("dateOfLastCancerStatus", status.get()) + " is after "
                    + describe("dateOfLastContact", lastContact.get()), List.of("dateOfLastCancerStatus", "dateOfLastContact")));
        }
        return Optional.empty();
    }

    private static Edit notInFuture(Clock clock) {
        List<String> dateItems = NaaccrItems.all().stream().filter(item -> item.dataType() == ItemDataType.DATE)
                .map(NaaccrItem::naaccrId).toList();
        return new RuleEdit("DATES_NOT_IN_FUTURE", "No date item is after today", dateItems, record -> {
            NaaccrDate today = NaaccrDate.parse(LocalDate.now(clock).toString().replace("-", "")).orElseThrow();
            List<String> future = new ArrayList<>();
            List<String> descriptions = new ArrayList<>();
            for (String naaccrId : dateItems) {
                date(record, naaccrId).filter(date -> date.compareTo(today) > 0).ifPresent(date -> {
                    future.add(naaccrId);
                    descriptions.add(involvesBirth(naaccrId) ? label(naaccrId) : describe(naaccrId, date));
                });
            }
            return future.isEmpty() ? Optional.empty()
                    : Optional.of(new RuleEdit.Problem(String.join(", ", descriptions) + " after today", future));
        });
    }

    private static Optional<String> ageProblem(AbstractRecord record) {
        Optional<NaaccrDate> birth = date(record, "dateOfBirth").filter(NaaccrDate::isComplete);
        Optional<NaaccrDate> diagnosis = date(record, "dateOfDiagnosis").filter(NaaccrDate::isComplete);
        String age = record.value("ageAtDiagnosis");
        if (birth.isEmpty() || diagnosis.isEmpty() || age.isEmpty() || birth.get().compareTo(diagnosis.get()) > 0) {
            return Optional.empty();
        }
        int years = Period.between(birth.get().toLocalDate(), diagnosis.get().toLocalDate()).getYears();
        String expected = String.format("%03d", years);
        return age.equals(expected) ? Optional.empty()
                : Optional.of("ageAtDiagnosis " + age + " is not the age from dateOfBirth to dateOfDiagnosis (" + expected + ")");
    }

    private static Optional<NaaccrDate> date(AbstractRecord record, String naaccrId) {
        return NaaccrDate.parse(record.value(naaccrId));
    }

    private static String describe(String naaccrId, NaaccrDate date) {
        return naaccrId + " " + date;
    }

    /** The date of birth identifies the patient: messages about it name no dates at all, not even the other one. */
    private static boolean involvesBirth(String... naaccrIds) {
        return List.of(naaccrIds).contains("dateOfBirth");
    }

    private static String label(String naaccrId) {
        return switch (naaccrId) {
            case "dateOfBirth" -> "date of birth (dateOfBirth)";
            case "dateOfDiagnosis" -> "date of diagnosis (dateOfDiagnosis)";
            case "dateOf1stContact" -> "date of first contact (dateOf1stContact)";
            default -> naaccrId;
        };
    }
}
