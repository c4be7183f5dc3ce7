-- Where every patient the registry follows stands in the annual follow-up schedule.
CREATE TABLE follow_up (
    patient_id         UUID PRIMARY KEY,
    name_last          VARCHAR(40),
    name_first         VARCHAR(40),
    date_of_birth      VARCHAR(8),
    patient_items      JSONB        NOT NULL DEFAULT '{}',
    date_of_last_contact VARCHAR(8),
    vital_status       VARCHAR(1),
    eligible           BOOLEAN      NOT NULL,
    exclusion          VARCHAR(30),
    diagnosis_year     INTEGER,
    primary_site       VARCHAR(4),
    reporting_facility VARCHAR(10),
    physician          VARCHAR(100),
    last_contact       DATE,
    next_due_date      DATE,
    delinquent_from    DATE,
    status             VARCHAR(20)  NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL
);

CREATE INDEX follow_up_due ON follow_up (status, next_due_date);
CREATE INDEX follow_up_delinquent ON follow_up (status, delinquent_from);
CREATE INDEX follow_up_diagnosis_year ON follow_up (diagnosis_year);

-- The latest abstract of each tumor, as tumor-abstracts published it: eligibility is decided per tumor.
CREATE TABLE followed_tumor (
    tumor_id         UUID PRIMARY KEY,
    patient_id       UUID        NOT NULL REFERENCES follow_up (patient_id),
    abstract_version INTEGER     NOT NULL,
    items            JSONB       NOT NULL,
    eligible         BOOLEAN     NOT NULL,
    exclusion        VARCHAR(30),
    diagnosis_year   INTEGER
);

CREATE INDEX followed_tumor_patient ON followed_tumor (patient_id);

-- Every follow-up attempt and result a registrar recorded.
CREATE TABLE follow_up_contact (
    id             UUID PRIMARY KEY,
    patient_id     UUID         NOT NULL REFERENCES follow_up (patient_id),
    contact_date   DATE         NOT NULL,
    source         VARCHAR(30)  NOT NULL,
    outcome        VARCHAR(30)  NOT NULL,
    vital_status   VARCHAR(1),
    cancer_status  VARCHAR(1),
    date_of_death  DATE,
    recorded_by    VARCHAR(100) NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL
);

CREATE INDEX follow_up_contact_patient ON follow_up_contact (patient_id, contact_date);

-- Event ids already handled, so that a redelivered event changes nothing.
CREATE TABLE processed_event (
    event_id     UUID PRIMARY KEY,
    topic        VARCHAR(100) NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL
);

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
