-- Runs after every migration (Flyway callback), as the database's owner: the service's own login may read and write
-- its tables but not change the schema.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${service_login};
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${service_login};
REVOKE ALL ON flyway_schema_history FROM ${service_login};
-- The audit trail is append-only for the service: it adds rows, it never changes or removes one.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM ${service_login};
