package org.cancerregistry.abstracting.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.cancerregistry.abstracting.report.PathologyReportReceived.ReportSection;
import org.cancerregistry.abstracting.report.PathologyReportReceived.ReportedPatient;

/**
 * A pathology report as intake sent it, kept beside the abstract: reportable or not, linked to a
 * patient and tumor once the linkage is decided.
 */
@Entity
@Table(name = "pathology_report")
public class PathologyReport {

    @Id
    public UUID id;

    @Column(name = "report_version", nullable = false)
    public int reportVersion;

    @Column(name = "supersedes_report_id")
    public UUID supersedesReportId;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "lab_clia", nullable = false)
    public String labClia;

    @Column(name = "lab_name")
    public String labName;

    @Column(name = "accession_number", nullable = false)
    public String accessionNumber;

    @Column(name = "report_type_loinc")
    public String reportTypeLoinc;

    @Column(name = "specimen_collection_date")
    public String specimenCollectionDate;

    @Column(nullable = false)
    public boolean correction;

    @Convert(converter = JsonColumns.Patient.class)
    @Column(nullable = false)
    public ReportedPatient patient;

    @Column(name = "ordering_facility")
    public String orderingFacility;

    @Convert(converter = JsonColumns.Sections.class)
    @Column(nullable = false)
    public List<ReportSection> sections;

    @Column(nullable = false)
    public String reportability;

    @Convert(converter = JsonColumns.Strings.class)
    @Column(name = "screening_terms", nullable = false)
    public List<String> screeningTerms;

    @Column(name = "patient_id")
    public UUID patientId;

    @Column(name = "tumor_id")
    public UUID tumorId;

    /** The final diagnosis text, parts joined by line breaks. */
    public String diagnosisText() {
        return String.join("\n", sections.stream()
                .filter(s -> PathologyReportReceived.FINAL_DIAGNOSIS.equals(s.loinc()))
                .map(ReportSection::text)
                .toList());
    }

    public static PathologyReport of(PathologyReportReceived event) {
        PathologyReport report = new PathologyReport();
        report.id = event.reportId();
        report.reportVersion = event.reportVersion();
        report.supersedesReportId = event.supersedesReportId();
        report.receivedAt = event.receivedAt();
        report.labClia = event.labClia();
        report.labName = event.labName();
        report.accessionNumber = event.accessionNumber();
        report.reportTypeLoinc = event.reportTypeLoinc();
        report.specimenCollectionDate = event.specimenCollectionDate();
        report.correction = event.correction();
        report.patient = event.patient();
        report.orderingFacility = event.orderingFacility();
        report.sections = event.sections();
        report.reportability = event.screening().reportability();
        report.screeningTerms = event.screening().matchedTerms();
        return report;
    }
}
