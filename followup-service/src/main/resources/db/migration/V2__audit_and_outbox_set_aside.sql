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

-- An event the relay cannot publish (too large for the broker, no channel, or failing time after time) is set
-- aside with its reason, so that the events behind it are published; a manager sees it and can retry it.
ALTER TABLE outbox_event
    ADD COLUMN failed_attempts  INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN set_aside_at     TIMESTAMPTZ,
    ADD COLUMN set_aside_reason TEXT;

DROP INDEX outbox_event_unpublished;
CREATE INDEX outbox_event_unpublished ON outbox_event (occurred_at) WHERE published_at IS NULL AND set_aside_at IS NULL;
CREATE INDEX outbox_event_set_aside ON outbox_event (set_aside_at) WHERE set_aside_at IS NOT NULL AND published_at IS NULL;
