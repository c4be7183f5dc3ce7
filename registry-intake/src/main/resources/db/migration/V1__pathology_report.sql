CREATE TABLE pathology_report (
    id                 UUID PRIMARY KEY,
    lab_clia           VARCHAR(10)  NOT NULL,
    message_control_id VARCHAR(199) NOT NULL,
    received_at        TIMESTAMPTZ  NOT NULL,
    status             VARCHAR(20)  NOT NULL
);

CREATE INDEX pathology_report_lab_received ON pathology_report (lab_clia, received_at DESC);
CREATE INDEX pathology_report_received ON pathology_report (received_at DESC);
