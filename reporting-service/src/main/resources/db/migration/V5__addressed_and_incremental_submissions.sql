-- A submission is addressed to one state registry (its Keycloak client id) and may select only what
-- changed since that registry last accepted it. Submissions from before addressing belong to no registry.
ALTER TABLE submission
    ADD COLUMN state_registry              VARCHAR(100) NOT NULL DEFAULT '',
    ADD COLUMN changed_since_last_accepted BOOLEAN      NOT NULL DEFAULT false,
    ADD COLUMN tumors_total                INTEGER;

CREATE INDEX submission_state_registry ON submission (state_registry, requested_at DESC);

-- Every tumor a submission sent, at which abstract version: what "changed since" and record type M compare with.
-- No foreign key: rows are written in the generator's repeatable-read snapshot while progress updates the
-- submission row, and a key-share lock on that row would then fail to serialize.
CREATE TABLE submission_tumor (
    submission_id    UUID    NOT NULL,
    tumor_id         UUID    NOT NULL,
    abstract_version INTEGER NOT NULL,
    PRIMARY KEY (submission_id, tumor_id)
);

CREATE INDEX submission_tumor_tumor ON submission_tumor (tumor_id, abstract_version);
