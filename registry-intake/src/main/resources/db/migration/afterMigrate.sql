-- Runs after every migration (Flyway callback), as the database's owner: the service's own login may read and write
-- its tables but not change the schema.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${service_login};
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${service_login};
REVOKE ALL ON flyway_schema_history FROM ${service_login};
