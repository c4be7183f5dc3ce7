-- One item per pathology report that a registrar has to look at.
CREATE TABLE work_queue_item (
    id            UUID PRIMARY KEY,
    report_id     UUID        NOT NULL UNIQUE,
    reportability VARCHAR(20) NOT NULL,
    status        VARCHAR(20) NOT NULL,
    queued_at     TIMESTAMPTZ NOT NULL
);

CREATE INDEX work_queue_item_open ON work_queue_item (status, queued_at);
