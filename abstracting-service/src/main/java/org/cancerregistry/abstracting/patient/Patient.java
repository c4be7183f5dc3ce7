package org.cancerregistry.abstracting.patient;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A registry patient: NAACCR patient-level items by naaccrId, the searched ones copied to indexed columns. */
@Entity
@Table(name = "patient")
public class Patient {

    @Id
    public UUID id;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> items;

    @Column(name = "name_last")
    public String nameLast;

    @Column(name = "name_first")
    public String nameFirst;

    @Column(name = "date_of_birth")
    public String dateOfBirth;

    public String ssn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public int version;

    /** Copies the searched items to their columns; call after every change of items. */
    public void indexItems() {
        nameLast = blankToNull(items.get("nameLast"));
        nameFirst = blankToNull(items.get("nameFirst"));
        dateOfBirth = blankToNull(items.get("dateOfBirth"));
        ssn = blankToNull(items.get("socialSecurityNumber"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
