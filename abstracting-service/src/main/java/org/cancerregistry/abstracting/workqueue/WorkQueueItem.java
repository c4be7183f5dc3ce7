package org.cancerregistry.abstracting.workqueue;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.cancerregistry.abstracting.linkage.PatientLinkage;
import org.cancerregistry.abstracting.tumor.TumorLinkage;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A pathology report waiting for a registrar, with the patient and tumor the service linked it to or
 * suggests: accept or correct the linkage, then abstract the tumor.
 */
@Entity
@Table(name = "work_queue_item")
public class WorkQueueItem {

    @Id
    public UUID id;

    @Column(name = "report_id", nullable = false, unique = true)
    public UUID reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Reportability reportability;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkQueueStatus status;

    @Column(name = "queued_at", nullable = false)
    public Instant queuedAt;

    /** The linked patient; empty while the patient linkage waits for review. */
    @Column(name = "patient_id")
    public UUID patientId;

    /** The linked tumor; empty while the patient or tumor linkage waits for review. */
    @Column(name = "tumor_id")
    public UUID tumorId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "patient_linkage")
    public PatientLinkage patientLinkage;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "tumor_linkage")
    public TumorLinkage tumorLinkage;
}
