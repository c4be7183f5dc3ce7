package org.cancerregistry.abstracting.tumor;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A primary tumor of a patient: its abstract as NAACCR tumor-level items by naaccrId, and codes the
 * service suggested from the pathology text, kept apart until a registrar takes them over.
 */
@Entity
@Table(name = "tumor")
public class Tumor {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> items;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> suggestions;

    @Column(name = "primary_site")
    public String primarySite;

    public String histology;

    @Column(name = "date_of_diagnosis")
    public String dateOfDiagnosis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AbstractStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Version
    public int version;

    /** Copies the searched items to their columns; call after every change of items. */
    public void indexItems() {
        primarySite = blankToNull(items.get("primarySite"));
        histology = blankToNull(items.get("histologicTypeIcdO3"));
        dateOfDiagnosis = blankToNull(items.get("dateOfDiagnosis"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
