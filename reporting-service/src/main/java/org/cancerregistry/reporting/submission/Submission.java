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
}
