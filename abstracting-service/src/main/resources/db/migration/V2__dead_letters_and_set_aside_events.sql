-- PathologyReportReceived allows identifier values of 100 characters; an SS identifier's value becomes the
-- patient's SSN column and its SSN: blocking key, so both hold what the contract allows.
ALTER TABLE patient ALTER COLUMN ssn TYPE VARCHAR(100);
ALTER TABLE patient_blocking_key ALTER COLUMN blocking_key TYPE VARCHAR(200);

-- Events a consumer could not handle and sent to a dead-letter topic, read back from that topic so that a
-- registry manager sees them and can replay them once the cause is fixed.
CREATE TABLE dead_letter (
    id               BIGSERIAL PRIMARY KEY,
    topic            VARCHAR(249) NOT NULL,
    kafka_partition  INTEGER      NOT NULL,
    kafka_offset     BIGINT       NOT NULL,
    source_topic     VARCHAR(249) NOT NULL,
    source_partition INTEGER,
    source_offset    BIGINT,
    event_key        TEXT,
    payload          TEXT,
    reason           TEXT         NOT NULL,
    first_seen_at    TIMESTAMPTZ  NOT NULL,
    replayed_at      TIMESTAMPTZ,
    replay_result    VARCHAR(20),
    UNIQUE (topic, kafka_partition, kafka_offset)
);

CREATE INDEX dead_letter_first_seen ON dead_letter (first_seen_at);

-- An outbox event that cannot be published (too large for the broker, or failing again and again) is set
-- aside, so that the relay goes on with the events behind it.
ALTER TABLE outbox_event ADD COLUMN set_aside_at TIMESTAMPTZ;
ALTER TABLE outbox_event ADD COLUMN set_aside_reason TEXT;
ALTER TABLE outbox_event ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0;

DROP INDEX outbox_event_unpublished;
CREATE INDEX outbox_event_unpublished ON outbox_event (occurred_at) WHERE published_at IS NULL AND set_aside_at IS NULL;
CREATE INDEX outbox_event_set_aside ON outbox_event (set_aside_at) WHERE published_at IS NULL AND set_aside_at IS NOT NULL;
