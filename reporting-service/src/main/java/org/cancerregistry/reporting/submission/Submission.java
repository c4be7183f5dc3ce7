package org.cancerregistry.reporting.submission;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A NAACCR XML file for a state central registry, and where it stands. */
@Entity
@Table(name = "submission")
public class Submission {

    @Id
    public UUID id;

    /** NAACCR record type: A (full case abstract), M (modified), C (confidential), I (incidence). */
    @Column(name = "record_type", nullable = false)
    public String recordType;

    @Column(name = "naaccr_version", nullable = false)
    public String naaccrVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubmissionState state;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    /** The diagnosis years selected, comma-separated. */
    @Column(name = "diagnosis_years", nullable = false)
    public String diagnosisYears;

    /** The Keycloak client id of the state registry the file is addressed to; empty for files from before addressing. */
    @Column(name = "state_registry", nullable = false)
    public String stateRegistry;

    /** Only tumors not yet accepted by the state registry at their current abstract version. */
    @Column(name = "changed_since_last_accepted", nullable = false)
    public boolean changedSinceLastAccepted;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(nullable = false)
    public int patients;

    /** Tumors written so far; all of them once ready. */
    @Column(nullable = false)
    public int tumors;

    /** Tumors selected, known once generation started. */
    @Column(name = "tumors_total")
    public Integer tumorsTotal;

    @Column(name = "file_path")
    public String filePath;

    /** SHA-256 of the file as downloaded (uncompressed), hex. */
    public String sha256;

    /** Why generation failed, without PHI. */
    public String failure;

    @Column(name = "completed_at")
    public Instant completedAt;

    /** The state registry's answer: ACCEPTED or REJECTED, with its reasons. */
    public String acknowledgement;

    @Column(name = "acknowledgement_reasons")
    public String acknowledgementReasons;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;
}
