package org.cancerregistry.reporting.submission;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One answer of the state registry to a submission; the latest is the submission's current status. */
@Entity
@Table(name = "submission_acknowledgement")
public class SubmissionAcknowledgement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "submission_id", nullable = false)
    public UUID submissionId;

    /** ACCEPTED or REJECTED. */
    @Column(nullable = false)
    public String status;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> reasons;

    @Column(name = "acknowledged_by", nullable = false)
    public String acknowledgedBy;

    @Column(name = "acknowledged_at", nullable = false)
    public Instant acknowledgedAt;
}
