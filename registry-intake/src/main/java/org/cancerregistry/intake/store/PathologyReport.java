package org.cancerregistry.intake.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.cancerregistry.intake.report.MessageFormat;
import org.cancerregistry.intake.report.PathologyReportContent.Address;
import org.cancerregistry.intake.report.PathologyReportContent.PatientIdentifier;
import org.cancerregistry.intake.report.PathologyReportContent.ReportSection;
import org.cancerregistry.intake.report.PathologyReportContent.SynopticObservation;
import org.cancerregistry.intake.screening.Reportability;

/**
 * One version of a pathology report as a laboratory submitted it: the raw message verbatim, the
 * fields parsed from it, and the reportability screening of its diagnosis text.
 */
@Entity
@Table(name = "pathology_report")
public class PathologyReport {

    @Id
    public UUID id;

    @Column(name = "lab_clia", nullable = false)
    public String labClia;

    @Column(name = "lab_name")
    public String labName;

    @Column(name = "message_control_id", nullable = false)
    public String messageControlId;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportStatus status;

    /** 1 for the first report of an accession number; each correction adds one. */
    @Column(nullable = false)
    public int version;

    @Column(name = "supersedes_id")
    public UUID supersedesId;

    @Enumerated(EnumType.STRING)
    @Column(name = "message_format", nullable = false)
    public MessageFormat messageFormat;

    @Column(name = "raw_message", nullable = false)
    public String rawMessage;

    /** SHA-256 of the parsed content: the same report sent again under a new control id is a duplicate. */
    @Column(name = "content_sha256", nullable = false)
    public String contentSha256;

    /** The HL7 ACK the lab received, answered again verbatim when the lab resends the message. */
    public String acknowledgement;

    @Column(name = "accession_number", nullable = false)
    public String accessionNumber;

    @Column(name = "report_type_loinc")
    public String reportTypeLoinc;

    @Column(name = "report_type_name")
    public String reportTypeName;

    @Column(name = "specimen_collection_date")
    public String specimenCollectionDate;

    @Column(nullable = false)
    public boolean correction;

    @Convert(converter = JsonColumns.PatientIdentifiers.class)
    @Column(name = "patient_identifiers", nullable = false)
    public List<PatientIdentifier> patientIdentifiers;

    @Column(name = "patient_last_name")
    public String patientLastName;

    @Column(name = "patient_first_name")
    public String patientFirstName;

    @Column(name = "patient_middle_name")
    public String patientMiddleName;

    @Column(name = "patient_date_of_birth")
    public String patientDateOfBirth;

    @Column(name = "patient_sex")
    public String patientSex;

    @Column(name = "patient_race")
    public String patientRace;

    @Convert(converter = JsonColumns.AddressColumn.class)
    @Column(name = "patient_address")
    public Address patientAddress;

    @Column(name = "ordering_facility")
    public String orderingFacility;

    @Convert(converter = JsonColumns.Sections.class)
    @Column(nullable = false)
    public List<ReportSection> sections;

    @Convert(converter = JsonColumns.Strings.class)
    @Column(name = "behavior_codes", nullable = false)
    public List<String> behaviorCodes;

    @Convert(converter = JsonColumns.SynopticObservations.class)
    @Column(name = "synoptic_observations", nullable = false)
    public List<SynopticObservation> synopticObservations;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Reportability reportability;

    @Convert(converter = JsonColumns.Strings.class)
    @Column(name = "screening_terms", nullable = false)
    public List<String> screeningTerms;
}
