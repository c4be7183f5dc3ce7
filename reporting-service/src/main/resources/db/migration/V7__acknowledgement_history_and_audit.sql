-- Every answer of a state registry to a submission, oldest first: a later answer never erases an earlier
-- one. The submission's acknowledgement columns keep the latest answer, its current status.
CREATE TABLE submission_acknowledgement (
    id              BIGSERIAL PRIMARY KEY,
    submission_id   UUID         NOT NULL REFERENCES submission (id),
    status          VARCHAR(20)  NOT NULL CHECK (status IN ('ACCEPTED', 'REJECTED')),
    reasons         TEXT[]       NOT NULL DEFAULT '{}',
    acknowledged_by VARCHAR(100) NOT NULL,
    acknowledged_at TIMESTAMPTZ  NOT NULL
);

CREATE INDEX submission_acknowledgement_submission ON submission_acknowledgement (submission_id, id);

INSERT INTO submission_acknowledgement (submission_id, status, reasons, acknowledged_by, acknowledged_at)
SELECT id, acknowledgement, COALESCE(string_to_array(acknowledgement_reasons, E'\n'), '{}'), COALESCE(acknowledged_by, ''),
       COALESCE(acknowledged_at, completed_at, requested_at)
FROM submission WHERE acknowledgement IS NOT NULL;

-- The patient of every tumor a submission sent, as it was then: whose data a download of the file discloses.
-- NULL for submissions from before; their patients are the tumors' current ones.
ALTER TABLE submission_tumor ADD COLUMN patient_id UUID;

-- Every disclosure of a patient's data, append-only and chained: row_hash is the SHA-256 of the row's
-- canonical form with previous_hash, so that a changed, removed or inserted row breaks the chain.
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
