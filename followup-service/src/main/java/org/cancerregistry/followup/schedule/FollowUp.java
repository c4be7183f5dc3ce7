package org.cancerregistry.followup.schedule;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where one patient stands in the annual follow-up schedule. */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    @Id
    @Column(name = "patient_id")
    public UUID patientId;

    @Column(name = "last_contact_date")
    public LocalDate lastContactDate;

    @Column(name = "next_due_date", nullable = false)
    public LocalDate nextDueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FollowUpStatus status;
}
