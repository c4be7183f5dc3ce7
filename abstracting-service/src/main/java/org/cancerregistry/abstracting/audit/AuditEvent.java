package org.cancerregistry.abstracting.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One read or change of a patient's record: who, when, and for a change the old and new value of each item. Rows are
 * only ever inserted, and chained by hash as they are (see {@link AuditChain}).
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public enum Action {
        READ,
        CHANGE,
        /** A pathology report linked to the patient (changes: reportId), automatically or by a registrar's decision. */
        LINK,
        /** A pathology report moved away from the patient to another (changes: reportId). */
        UNLINK,
        /** The patient's audit trail was read. */
        READ_AUDIT
    }

    /** An item's value before and after a change. */
    public record Change(String before, String after) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(name = "tumor_id")
    public UUID tumorId;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Change> changes;

    /** Set by the database as the row is inserted: the chain's hash of the row before, and this row's own. */
    @Column(name = "previous_hash", insertable = false, updatable = false)
    public String previousHash;

    @Column(name = "row_hash", insertable = false, updatable = false)
    public String rowHash;
}
