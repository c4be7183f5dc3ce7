package org.cancerregistry.intake.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.cancerregistry.intake.contract.ItemViolation;
import org.cancerregistry.intake.contract.ReportItemLimits;
import org.cancerregistry.intake.report.PathologyReportContent.Address;
import org.cancerregistry.intake.report.PathologyReportContent.Patient;
import org.cancerregistry.intake.report.PathologyReportContent.PatientIdentifier;
import org.cancerregistry.intake.report.PathologyReportContent.ReportSection;
import org.cancerregistry.intake.report.PathologyReportContent.SynopticObservation;

/**
 * Checks a report's content, read from HL7 or from JSON, against the {@link ReportItemLimits}: every value that the
 * event's contract would not carry is a violation, so that nothing accepted fails downstream.
 */
@ApplicationScoped
public class ReportItemCheck {

    // A date is in the future only when it is so everywhere: the lab may be a day ahead of the registry's clock.
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);
    private static final String REPORT_TEXT = "sections";

    private final Clock clock;

    ReportItemCheck(Clock clock) {
        this.clock = clock;
    }

    public List<ItemViolation> violations(PathologyReportContent content) {
        String today = LocalDate.now(clock.withZone(EARLIEST_ZONE)).format(DateTimeFormatter.BASIC_ISO_DATE);
        Violations found = new Violations(today);
        found.check(ReportItemLimits.LAB_CLIA, content.labClia(), -1);
        found.check(ReportItemLimits.LAB_NAME, content.labName(), -1);
        found.check(ReportItemLimits.MESSAGE_CONTROL_ID, content.messageControlId(), -1);
        found.check(ReportItemLimits.ACCESSION_NUMBER, content.accessionNumber(), -1);
        found.check(ReportItemLimits.REPORT_TYPE_LOINC, content.reportTypeLoinc(), -1);
        found.check(ReportItemLimits.REPORT_TYPE_NAME, content.reportTypeName(), -1);
        found.check(ReportItemLimits.SPECIMEN_COLLECTION_DATE, content.specimenCollectionDate(), -1);
        found.check(ReportItemLimits.ORDERING_FACILITY, content.orderingFacility(), -1);
        Patient patient = content.patient();
        List<PatientIdentifier> identifiers = patient.identifiers();
        for (int i = 0; i < identifiers.size(); i++) {
            found.check(ReportItemLimits.PATIENT_IDENTIFIER_TYPE, identifiers.get(i).type(), i);
            found.check(ReportItemLimits.PATIENT_IDENTIFIER_VALUE, identifiers.get(i).value(), i);
        }
        found.check(ReportItemLimits.PATIENT_LAST_NAME, patient.lastName(), -1);
        found.check(ReportItemLimits.PATIENT_FIRST_NAME, patient.firstName(), -1);
        found.check(ReportItemLimits.PATIENT_MIDDLE_NAME, patient.middleName(), -1);
        found.check(ReportItemLimits.PATIENT_DATE_OF_BIRTH, patient.dateOfBirth(), -1);
        found.check(ReportItemLimits.PATIENT_SEX, patient.sex(), -1);
        found.check(ReportItemLimits.PATIENT_RACE, patient.race(), -1);
        Address address = patient.address();
        if (address != null) {
            found.check(ReportItemLimits.ADDRESS_STREET, address.street(), -1);
            found.check(ReportItemLimits.ADDRESS_CITY, address.city(), -1);
            found.check(ReportItemLimits.ADDRESS_STATE, address.state(), -1);
            found.check(ReportItemLimits.ADDRESS_POSTAL_CODE, address.postalCode(), -1);
            found.check(ReportItemLimits.ADDRESS_COUNTY, address.county(), -1);
        }
        long reportText = 0;
        List<ReportSection> sections = content.sections();
        for (int i = 0; i < sections.size(); i++) {
            found.check(ReportItemLimits.SECTION_LOINC, sections.get(i).loinc(), i);
            found.check(ReportItemLimits.SECTION_NAME, sections.get(i).name(), i);
            found.check(ReportItemLimits.SECTION_TEXT, sections.get(i).text(), i);
            reportText += length(sections.get(i).text());
        }
        List<SynopticObservation> observations = content.synopticObservations();
        for (int i = 0; i < observations.size(); i++) {
            SynopticObservation observation = observations.get(i);
            found.check(ReportItemLimits.SYNOPTIC_SUB_ID, observation.subId(), i);
            found.check(ReportItemLimits.SYNOPTIC_QUESTION_CODE, observation.questionCode(), i);
            found.check(ReportItemLimits.SYNOPTIC_QUESTION, observation.question(), i);
            found.check(ReportItemLimits.SYNOPTIC_CODING_SYSTEM, observation.codingSystem(), i);
            found.check(ReportItemLimits.SYNOPTIC_ANSWER_CODE, observation.answerCode(), i);
            found.check(ReportItemLimits.SYNOPTIC_ANSWER, observation.answer(), i);
            reportText += length(observation.answer());
        }
        List<String> behaviorCodes = content.behaviorCodes();
        for (int i = 0; i < behaviorCodes.size(); i++) {
            found.check(ReportItemLimits.BEHAVIOR_CODE, behaviorCodes.get(i), i);
        }
        if (reportText > ReportItemLimits.REPORT_TEXT_LENGTH) {
            found.add(new ItemViolation(null, REPORT_TEXT, "OBX-5", "the report's section texts and synoptic answers hold "
                    + reportText + " characters together, more than the " + ReportItemLimits.REPORT_TEXT_LENGTH + " of one report"));
        }
        return found.list;
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    private static final class Violations {

        private final String today;
        private final List<ItemViolation> list = new ArrayList<>();

        Violations(String today) {
            this.today = today;
        }

        void check(ReportItemLimits item, String value, int index) {
            String text = value == null ? "" : value;
            String path = index < 0 ? item.field : item.field.replace("[]", "[" + index + "]");
            item.problem(text).or(() -> future(item, text))
                    .ifPresent(reason -> add(new ItemViolation(item, path, item.hl7Field, reason)));
        }

        private Optional<String> future(ReportItemLimits item, String date) {
            if (!item.notInFuture || date.isEmpty()) {
                return Optional.empty();
            }
            // A partial date (YYYY, YYYYMM) is in the future when its first day is.
            String firstDay = (date + "0101").substring(0, 8);
            return firstDay.compareTo(today) > 0 ? Optional.of("is in the future") : Optional.empty();
        }

        void add(ItemViolation violation) {
            list.add(violation);
        }
    }
}
