package org.cancerregistry.followup.abstracts;

import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The latest abstract of one tumor of a followed patient, and whether the CoC rules follow it. */
@Entity
@Table(name = "followed_tumor")
public class FollowedTumor {

    @Id
    @Column(name = "tumor_id")
    public UUID tumorId;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(name = "abstract_version", nullable = false)
    public int abstractVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> items;

    @Column(nullable = false)
    public boolean eligible;

    public String exclusion;

    @Column(name = "diagnosis_year")
    public Integer diagnosisYear;
}
