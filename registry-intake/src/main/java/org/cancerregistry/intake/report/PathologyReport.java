package org.cancerregistry.intake.report;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One pathology report as a laboratory submitted it. */
@Entity
@Table(name = "pathology_report")
public class PathologyReport {

    @Id
    public UUID id;

    @Column(name = "lab_clia", nullable = false)
    public String labClia;

    @Column(name = "message_control_id", nullable = false)
    public String messageControlId;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportStatus status;
}
