-- Events the consumers (tumor-abstracts, followup-results) could not handle and sent to a dead-letter topic, read back
-- so that a registry manager sees them (GET /api/v1/dead-letters) and can replay them once the cause is fixed.
-- afterMigrate.sql grants the service's login DML on all tables, this one included.
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
