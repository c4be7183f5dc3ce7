package org.cancerregistry.followup.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Where one patient stands in the annual follow-up schedule: who to write to, when the patient was
 * last heard of, and when the next contact is due.
 */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    @Id
    @Column(name = "patient_id")
    public UUID patientId;

    @Column(name = "name_last")
    public String nameLast;

    @Column(name = "name_first")
    public String nameFirst;

    @Column(name = "date_of_birth")
    public String dateOfBirth;

    /** The patient's NAACCR items as the abstract last published them (address for letters...). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "patient_items", nullable = false)
    public Map<String, String> patientItems = Map.of();

    /** NAACCR dateOfLastContact as abstracted or recorded: YYYYMMDD, YYYYMM or YYYY. */
    @Column(name = "date_of_last_contact")
    public String dateOfLastContact;

    /** NAACCR vitalStatus: 0 dead, 1 alive. */
    @Column(name = "vital_status")
    public String vitalStatus;

    @Column(nullable = false)
    public boolean eligible;

    /** Why no tumor of the patient is followed (a CoC exclusion), when none is. */
    public String exclusion;

    @Column(name = "diagnosis_year")
    public Integer diagnosisYear;

    @Column(name = "primary_site")
    public String primarySite;

    @Column(name = "reporting_facility")
    public String reportingFacility;

    public String physician;

    /** The last contact as a day, partial dates completed by the stated rule (see PartialDates). */
    @Column(name = "last_contact")
    public LocalDate lastContact;

    @Column(name = "next_due_date")
    public LocalDate nextDueDate;

    @Column(name = "delinquent_from")
    public LocalDate delinquentFrom;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FollowUpStatus status;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean dead() {
        return "0".equals(vitalStatus);
    }

    /** Recomputes the schedule from the last contact, vital status and eligibility. */
    public void reschedule(LocalDate today) {
        lastContact = PartialDates.assumed(dateOfLastContact == null ? "" : dateOfLastContact).orElse(null);
        nextDueDate = lastContact == null ? null : FollowUpRules.nextDue(lastContact);
        delinquentFrom = lastContact == null ? null : FollowUpRules.delinquentFrom(lastContact);
        status = statusOn(today, lastContact, dead(), eligible);
        updatedAt = Instant.now();
    }

    /** The status on a day; a patient never heard of since diagnosis is as good as delinquent, unless closed. */
    static FollowUpStatus statusOn(LocalDate today, LocalDate lastContact, boolean dead, boolean eligible) {
        if (lastContact == null) {
            return dead || !eligible ? FollowUpStatus.CLOSED : FollowUpStatus.DELINQUENT;
        }
        return FollowUpRules.statusOn(today, lastContact, dead, eligible);
    }
}
