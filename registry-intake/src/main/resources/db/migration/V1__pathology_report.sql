-- One version of a pathology report from a laboratory: the raw message verbatim (provenance) beside
-- the fields parsed from it and the reportability screening of its diagnosis text. Lists and the address
-- are JSON text: Hibernate Reactive cannot read JSON arrays from JSONB columns.
CREATE TABLE pathology_report (
    id                       UUID PRIMARY KEY,
    lab_clia                 VARCHAR(10)  NOT NULL,
    lab_name                 VARCHAR(100),
    message_control_id       VARCHAR(199) NOT NULL,
    received_at              TIMESTAMPTZ  NOT NULL,
    status                   VARCHAR(20)  NOT NULL,
    version                  INTEGER      NOT NULL,
    supersedes_id            UUID REFERENCES pathology_report (id),
    message_format           VARCHAR(4)   NOT NULL,
    raw_message              TEXT         NOT NULL,
    content_sha256           CHAR(64)     NOT NULL,
    acknowledgement          TEXT,
    accession_number         VARCHAR(20)  NOT NULL,
    report_type_loinc        VARCHAR(20),
    report_type_name         VARCHAR(100),
    specimen_collection_date VARCHAR(8),
    correction               BOOLEAN      NOT NULL,
    patient_identifiers      TEXT         NOT NULL,
    patient_last_name        VARCHAR(40),
    patient_first_name       VARCHAR(40),
    patient_middle_name      VARCHAR(40),
    patient_date_of_birth    VARCHAR(8),
    patient_sex              VARCHAR(1),
    patient_race             VARCHAR(20),
    patient_address          TEXT,
    ordering_facility        VARCHAR(100),
    sections                 TEXT         NOT NULL,
    behavior_codes           TEXT         NOT NULL,
    reportability            VARCHAR(20)  NOT NULL,
    screening_terms          TEXT         NOT NULL,
    -- A lab's resend of the same message control id is the same report.
    CONSTRAINT pathology_report_lab_message UNIQUE (lab_clia, message_control_id),
    CONSTRAINT pathology_report_lab_accession_version UNIQUE (lab_clia, accession_number, version)
);

CREATE INDEX pathology_report_lab_received ON pathology_report (lab_clia, received_at DESC);
CREATE INDEX pathology_report_received ON pathology_report (received_at DESC);

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
