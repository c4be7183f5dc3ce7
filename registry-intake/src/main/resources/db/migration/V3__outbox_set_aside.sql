-- An event the relay cannot publish (larger than the broker takes, without a channel, or failing again and again while
-- the broker answers) is set aside with its reason, so that the events behind it are published; a registry manager
-- sees it and releases it for another try once the cause is fixed.
ALTER TABLE outbox_event
    ADD COLUMN failed_attempts  INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN set_aside_at     TIMESTAMPTZ,
    ADD COLUMN set_aside_reason VARCHAR(500);

CREATE INDEX outbox_event_set_aside ON outbox_event (set_aside_at) WHERE set_aside_at IS NOT NULL AND published_at IS NULL;
