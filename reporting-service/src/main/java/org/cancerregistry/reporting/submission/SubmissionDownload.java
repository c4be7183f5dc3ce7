package org.cancerregistry.reporting.submission;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One download of a submission file: the audit of who took the registry's data, and when. */
@Entity
@Table(name = "submission_download")
public class SubmissionDownload {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "submission_id", nullable = false)
    public UUID submissionId;

    @Column(name = "downloaded_by", nullable = false)
    public String downloadedBy;

    @Column(name = "downloaded_at", nullable = false)
    public Instant downloadedAt;
}
