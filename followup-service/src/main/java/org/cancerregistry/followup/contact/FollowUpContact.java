package org.cancerregistry.followup.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A follow-up attempt or result, as a registrar recorded it. */
@Entity
@Table(name = "follow_up_contact")
public class FollowUpContact {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(name = "contact_date", nullable = false)
    public LocalDate contactDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactOutcome outcome;

    @Column(name = "vital_status")
    public String vitalStatus;

    @Column(name = "cancer_status")
    public String cancerStatus;

    @Column(name = "date_of_death")
    public LocalDate dateOfDeath;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
