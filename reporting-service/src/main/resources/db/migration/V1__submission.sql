-- A NAACCR XML file generated for a state central registry.
CREATE TABLE submission (
    id             UUID PRIMARY KEY,
    record_type    CHAR(1)     NOT NULL CHECK (record_type IN ('A', 'M', 'C', 'I')),
    naaccr_version CHAR(3)     NOT NULL CHECK (naaccr_version IN ('250', '260')),
    state          VARCHAR(20) NOT NULL,
    requested_at   TIMESTAMPTZ NOT NULL
);

CREATE INDEX submission_requested ON submission (requested_at DESC);
