-- Tamper evidence for the audit trail: every row carries the hash of the row before it (in id order) and its own
-- hash over a canonical text of its fields, so that a changed, inserted or deleted row breaks the chain.
-- The service only ever INSERTs into audit_event; the trigger below chains each new row, whoever writes it.
ALTER TABLE audit_event ADD COLUMN previous_hash CHAR(64);
ALTER TABLE audit_event ADD COLUMN row_hash CHAR(64);

-- One field of the canonical text: its length in UTF-8 bytes, a colon and the value; '-' for null. Length-prefixed, so
-- that no value (an actor with a '|' or a newline) can pass for two fields. AuditChain.java builds the same text.
CREATE FUNCTION audit_event_field(value TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE
AS $$
SELECT CASE WHEN value IS NULL THEN '-' ELSE octet_length(convert_to(value, 'UTF8')) || ':' || value END
$$;

-- The canonical text of an audit row: occurred_at in UTC to the microsecond, UUIDs in lower case, changes as
-- PostgreSQL prints the JSONB value (keys sorted, one space after ':' and ','), whatever the session's settings.
CREATE FUNCTION audit_event_canonical(id BIGINT, occurred_at TIMESTAMPTZ, actor TEXT, action TEXT, patient_id UUID,
        tumor_id UUID, changes JSONB, previous_hash TEXT) RETURNS TEXT
    LANGUAGE sql STABLE
AS $$
SELECT 'audit_event/1'
    || '|' || audit_event_field(id::text)
    || '|' || audit_event_field(to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
    || '|' || audit_event_field(actor)
    || '|' || audit_event_field(action)
    || '|' || audit_event_field(patient_id::text)
    || '|' || audit_event_field(tumor_id::text)
    || '|' || audit_event_field(changes::text)
    || '|' || audit_event_field(previous_hash)
$$;

CREATE FUNCTION audit_event_hash(id BIGINT, occurred_at TIMESTAMPTZ, actor TEXT, action TEXT, patient_id UUID,
        tumor_id UUID, changes JSONB, previous_hash TEXT) RETURNS CHAR(64)
    LANGUAGE sql STABLE
AS $$
SELECT encode(sha256(convert_to(audit_event_canonical(id, occurred_at, actor, action, patient_id, tumor_id, changes,
        previous_hash), 'UTF8')), 'hex')
$$;

-- Chains a new row to the last one. The advisory lock serialises writers until their transaction ends; the last row is
-- read by a statement after the lock is taken, so under READ COMMITTED it sees the row of the writer before. The id is
-- drawn under the lock too (replacing the default drawn before it), so that id order is chain order.
CREATE FUNCTION audit_event_chain() RETURNS TRIGGER
    LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM pg_advisory_xact_lock('audit_event'::regclass::oid::int, 1);
    NEW.id := nextval(pg_get_serial_sequence('audit_event', 'id'));
    SELECT row_hash INTO NEW.previous_hash FROM audit_event ORDER BY id DESC LIMIT 1;
    NEW.row_hash := audit_event_hash(NEW.id, NEW.occurred_at, NEW.actor, NEW.action, NEW.patient_id, NEW.tumor_id,
            NEW.changes, NEW.previous_hash);
    RETURN NEW;
END
$$;

-- The rows written before this migration, chained in id order.
DO $$
DECLARE
    previous CHAR(64);
    hash CHAR(64);
    event RECORD;
BEGIN
    FOR event IN SELECT * FROM audit_event ORDER BY id LOOP
        hash := audit_event_hash(event.id, event.occurred_at, event.actor, event.action, event.patient_id, event.tumor_id,
                event.changes, previous);
        UPDATE audit_event SET previous_hash = previous, row_hash = hash WHERE id = event.id;
        previous := hash;
    END LOOP;
END
$$;

ALTER TABLE audit_event ALTER COLUMN row_hash SET NOT NULL;

CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_chain();
