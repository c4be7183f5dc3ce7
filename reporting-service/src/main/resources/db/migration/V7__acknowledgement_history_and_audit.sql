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
