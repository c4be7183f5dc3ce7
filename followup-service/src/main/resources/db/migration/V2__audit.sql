-- Every read of a patient's data (due and delinquent lists, letters) and every contact recorded,
-- append-only and chained: row_hash is the SHA-256 of the row's canonical form with previous_hash, so
-- that a changed, removed or inserted row breaks the chain.
CREATE TABLE audit_event (
    id            BIGSERIAL PRIMARY KEY,
    occurred_at   TIMESTAMPTZ  NOT NULL,
    actor         VARCHAR(100) NOT NULL,
    action        VARCHAR(60)  NOT NULL,
    patient_id    UUID,
    subject       VARCHAR(100),
    details       JSONB        NOT NULL DEFAULT '{}',
    previous_hash CHAR(64)     NOT NULL,
    row_hash      CHAR(64)     NOT NULL
);

CREATE INDEX audit_event_patient ON audit_event (patient_id, occurred_at);
