-- The ids of the edits each abstract version fails, as abstracting published them; NULL for events
-- published before abstracting sent them (not known, so left out of the edits measure).
ALTER TABLE reported_tumor ADD COLUMN failing_edits TEXT[];
ALTER TABLE reported_tumor_version ADD COLUMN failing_edits TEXT[];

-- A NAACCR date (YYYYMMDD) as a date; NULL when blank, partial or impossible.
CREATE FUNCTION naaccr_date(value TEXT) RETURNS DATE LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF value ~ '^[0-9]{8}$' THEN
        RETURN to_date(value, 'YYYYMMDD');
    END IF;
    RETURN NULL;
EXCEPTION WHEN others THEN
    RETURN NULL;
END
$$;
