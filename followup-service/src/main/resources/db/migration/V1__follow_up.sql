-- The follow-up state of every patient followed by the registry.
CREATE TABLE follow_up (
    patient_id        UUID PRIMARY KEY,
    last_contact_date DATE,
    next_due_date     DATE        NOT NULL,
    status            VARCHAR(20) NOT NULL
);

CREATE INDEX follow_up_due ON follow_up (status, next_due_date);
