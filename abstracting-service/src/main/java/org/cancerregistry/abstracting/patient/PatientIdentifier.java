package org.cancerregistry.abstracting.patient;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An identifier a report gave for a patient, such as a medical record number (HL7 type MR). */
@Entity
@Table(name = "patient_identifier")
public class PatientIdentifier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String value;
}
