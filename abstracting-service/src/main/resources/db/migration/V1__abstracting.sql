-- The abstracting service's own copy of each pathology report it received from intake.
CREATE TABLE pathology_report (
    id                       UUID PRIMARY KEY,
    report_version           INTEGER      NOT NULL,
    supersedes_report_id     UUID,
    received_at              TIMESTAMPTZ  NOT NULL,
    lab_clia                 VARCHAR(10)  NOT NULL,
    lab_name                 VARCHAR(100),
    accession_number         VARCHAR(20)  NOT NULL,
    report_type_loinc        VARCHAR(20),
    specimen_collection_date VARCHAR(8),
    correction               BOOLEAN      NOT NULL,
    patient                  TEXT         NOT NULL,
    ordering_facility        VARCHAR(100),
    sections                 TEXT         NOT NULL,
    reportability            VARCHAR(20)  NOT NULL,
    screening_terms          TEXT         NOT NULL,
    patient_id               UUID,
    tumor_id                 UUID
);

CREATE INDEX pathology_report_patient ON pathology_report (patient_id);

-- A registry patient: NAACCR patient-level items, with the searched ones also as indexed columns.
CREATE TABLE patient (
    id            UUID PRIMARY KEY,
    items         JSONB        NOT NULL,
    name_last     VARCHAR(40),
    name_first    VARCHAR(40),
    date_of_birth VARCHAR(8),
    ssn           VARCHAR(9),
    created_at    TIMESTAMPTZ  NOT NULL,
    version       INTEGER      NOT NULL
);

-- NAACCR patientIdNumber (20): the registry's own 8-digit patient number.
CREATE SEQUENCE patient_id_number START 1 MAXVALUE 99999999;

CREATE INDEX patient_name ON patient (lower(name_last), lower(name_first));
CREATE INDEX patient_birth ON patient (date_of_birth);
CREATE INDEX patient_ssn ON patient (ssn);

-- Candidates for linkage come from these keys, never from a scan of all patients.
CREATE TABLE patient_blocking_key (
    blocking_key VARCHAR(100) NOT NULL,
    patient_id   UUID         NOT NULL REFERENCES patient (id),
    PRIMARY KEY (blocking_key, patient_id)
);

-- Identifiers reports gave for a patient (medical record numbers...), for search.
CREATE TABLE patient_identifier (
    id         BIGSERIAL PRIMARY KEY,
    patient_id UUID         NOT NULL REFERENCES patient (id),
    type       VARCHAR(10)  NOT NULL,
    value      VARCHAR(100) NOT NULL,
    UNIQUE (patient_id, type, value)
);

CREATE INDEX patient_identifier_value ON patient_identifier (value);

-- A primary tumor of a patient: NAACCR tumor-level items and where its abstract stands.
CREATE TABLE tumor (
    id                UUID PRIMARY KEY,
    patient_id        UUID         NOT NULL REFERENCES patient (id),
    items             JSONB        NOT NULL,
    suggestions       JSONB        NOT NULL,
    primary_site      VARCHAR(4),
    histology         VARCHAR(4),
    date_of_diagnosis VARCHAR(8),
    status            VARCHAR(20)  NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL,
    completed_at      TIMESTAMPTZ,
    version           INTEGER      NOT NULL
);

CREATE INDEX tumor_patient ON tumor (patient_id);
CREATE INDEX tumor_site_histology ON tumor (primary_site, histology);
CREATE INDEX tumor_diagnosis ON tumor (date_of_diagnosis);
CREATE INDEX tumor_status ON tumor (status);

-- One item per report a registrar has to look at, with the linkage the service suggests.
CREATE TABLE work_queue_item (
    id                  UUID PRIMARY KEY,
    report_id           UUID         NOT NULL UNIQUE REFERENCES pathology_report (id),
    reportability       VARCHAR(20)  NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    queued_at           TIMESTAMPTZ  NOT NULL,
    patient_id          UUID REFERENCES patient (id),
    tumor_id            UUID REFERENCES tumor (id),
    patient_linkage     JSONB,
    tumor_linkage       JSONB
);

CREATE INDEX work_queue_item_open ON work_queue_item (status, queued_at);

-- Event ids already handled, so that a redelivered event changes nothing.
CREATE TABLE processed_event (
    event_id     UUID PRIMARY KEY,
    topic        VARCHAR(100) NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL
);

-- Who read or changed which patient's record, when, and what changed.
CREATE TABLE audit_event (
    id          BIGSERIAL PRIMARY KEY,
    occurred_at TIMESTAMPTZ  NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    action      VARCHAR(20)  NOT NULL,
    patient_id  UUID         NOT NULL,
    tumor_id    UUID,
    changes     JSONB
);

CREATE INDEX audit_event_patient ON audit_event (patient_id, occurred_at);

-- Events written in the same transaction as the state they describe, relayed to Kafka afterwards.
CREATE TABLE outbox_event (
    id           UUID PRIMARY KEY,
    topic        VARCHAR(100) NOT NULL,
    event_key    VARCHAR(100) NOT NULL,
    event_type   VARCHAR(100) NOT NULL,
    payload      TEXT         NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    published_at TIMESTAMPTZ
);

CREATE INDEX outbox_event_unpublished ON outbox_event (occurred_at) WHERE published_at IS NULL;
