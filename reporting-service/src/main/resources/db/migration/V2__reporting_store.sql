-- The reporting store: the latest items of every patient and tumor, as abstracting and follow-up
-- published them, with every tumor version kept so that modified records can be sent.
CREATE TABLE reported_patient (
    patient_id    UUID PRIMARY KEY,
    items         JSONB       NOT NULL,
    items_as_of   TIMESTAMPTZ NOT NULL
);

CREATE TABLE reported_tumor (
    tumor_id         UUID PRIMARY KEY,
    patient_id       UUID        NOT NULL REFERENCES reported_patient (patient_id),
    abstract_version INTEGER     NOT NULL,
    items            JSONB       NOT NULL,
    diagnosis_year   INTEGER,
    changed_at       TIMESTAMPTZ NOT NULL
);

CREATE INDEX reported_tumor_patient ON reported_tumor (patient_id);
CREATE INDEX reported_tumor_diagnosis_year ON reported_tumor (diagnosis_year);
CREATE INDEX reported_tumor_changed ON reported_tumor (changed_at);

CREATE TABLE reported_tumor_version (
    tumor_id         UUID        NOT NULL,
    abstract_version INTEGER     NOT NULL,
    patient_items    JSONB       NOT NULL,
    tumor_items      JSONB       NOT NULL,
    received_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tumor_id, abstract_version)
);

-- Event ids already handled, so that a redelivered event changes nothing.
CREATE TABLE processed_event (
    event_id     UUID PRIMARY KEY,
    topic        VARCHAR(100) NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL
);
