CREATE SEQUENCE IF NOT EXISTS audit_id;
CREATE TABLE IF NOT EXISTS audit_log (
    id        BIGINT PRIMARY KEY DEFAULT nextval('audit_id'),
    occurred_at TIMESTAMP NOT NULL,
    user_name VARCHAR NOT NULL,
    event     VARCHAR NOT NULL,
    detail    VARCHAR,
    filters   VARCHAR
);
-- The node that recorded the entry (Jobs:ServerName or the machine's name).
ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS node VARCHAR;
