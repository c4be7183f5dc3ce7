package org.cancerregistry.intake.submission;

import java.util.List;
import java.util.UUID;

import org.cancerregistry.intake.event.PathologyReportReceived;
import org.cancerregistry.intake.event.PathologyReportReceived.Address;
import org.cancerregistry.intake.event.PathologyReportReceived.Patient;
import org.cancerregistry.intake.event.PathologyReportReceived.PatientIdentifier;
import org.cancerregistry.intake.event.PathologyReportReceived.ReportSection;
import org.cancerregistry.intake.event.PathologyReportReceived.Screening;
import org.cancerregistry.intake.event.PathologyReportReceived.SynopticObservation;
import org.cancerregistry.intake.report.PathologyReportContent;
import org.cancerregistry.intake.store.PathologyReport;

/** The one mapping of an accepted report version to its event, from intake's report content to the event's own types. */
final class ReportEvents {

    private ReportEvents() {
    }

    static PathologyReportReceived received(PathologyReport report, PathologyReportContent.Patient patient) {
        return new PathologyReportReceived(UUID.randomUUID(), report.receivedAt, PathologyReportReceived.SCHEMA_VERSION,
                report.id, report.version, report.supersedesId, report.receivedAt, report.labClia, report.labName,
                report.messageControlId, report.accessionNumber, report.reportTypeLoinc, report.specimenCollectionDate,
                report.correction, patient(patient), report.orderingFacility,
                report.sections.stream().map(s -> new ReportSection(s.loinc(), s.name(), s.text())).toList(),
                report.behaviorCodes,
                report.synopticObservations.stream().map(o -> new SynopticObservation(o.subId(), o.questionCode(),
                        o.question(), o.codingSystem(), o.answerCode(), o.answer())).toList(),
                new Screening(report.reportability.name(), List.copyOf(report.screeningTerms)));
    }

    private static Patient patient(PathologyReportContent.Patient patient) {
        PathologyReportContent.Address address = patient.address();
        return new Patient(
                patient.identifiers().stream().map(id -> new PatientIdentifier(id.type(), id.value())).toList(),
                patient.lastName(), patient.firstName(), patient.middleName(), patient.dateOfBirth(), patient.sex(),
                patient.race(), address == null ? null
                        : new Address(address.street(), address.city(), address.state(), address.postalCode(), address.county()));
    }
}
