-- The audit log shared by every node: one table in the job storage's PostgreSQL. The advisory lock keeps two nodes
-- starting at once from creating it twice (CREATE … IF NOT EXISTS alone can race in PostgreSQL's catalog).
SELECT pg_advisory_xact_lock(hashtext('servicemedical.audit_log'));
CREATE SCHEMA IF NOT EXISTS servicemedical;
CREATE TABLE IF NOT EXISTS servicemedical.audit_log (
    id          BIGSERIAL PRIMARY KEY,
    occurred_at TIMESTAMP NOT NULL,
    user_name   TEXT NOT NULL,
    event       TEXT NOT NULL,
    detail      TEXT,
    filters     TEXT,
    node        TEXT
);
CREATE INDEX IF NOT EXISTS audit_log_occurred_at ON servicemedical.audit_log (occurred_at DESC);
