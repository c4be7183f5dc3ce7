-- The state registry's answer to a submission.
ALTER TABLE submission
    ADD COLUMN acknowledgement        VARCHAR(20),
    ADD COLUMN acknowledgement_reasons TEXT,
    ADD COLUMN acknowledged_by        VARCHAR(100),
    ADD COLUMN acknowledged_at        TIMESTAMPTZ;

-- Every download of a submission file: who and when.
CREATE TABLE submission_download (
    id            BIGSERIAL PRIMARY KEY,
    submission_id UUID         NOT NULL REFERENCES submission (id),
    downloaded_by VARCHAR(100) NOT NULL,
    downloaded_at TIMESTAMPTZ  NOT NULL
);

CREATE INDEX submission_download_submission ON submission_download (submission_id);
