-- What a submission selects, how far its generation got, and its file.
ALTER TABLE submission
    ADD COLUMN diagnosis_years TEXT        NOT NULL DEFAULT '',
    ADD COLUMN requested_by    VARCHAR(100) NOT NULL DEFAULT '',
    ADD COLUMN patients        INTEGER     NOT NULL DEFAULT 0,
    ADD COLUMN tumors          INTEGER     NOT NULL DEFAULT 0,
    ADD COLUMN file_path       TEXT,
    ADD COLUMN sha256          CHAR(64),
    ADD COLUMN failure         TEXT,
    ADD COLUMN completed_at    TIMESTAMPTZ;
