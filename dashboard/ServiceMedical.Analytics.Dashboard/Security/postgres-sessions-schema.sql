-- Signed-in sessions of every node (the cookie holds only the key). The advisory lock keeps nodes starting together from racing.
SELECT pg_advisory_xact_lock(hashtext('servicemedical.sessions'));
CREATE SCHEMA IF NOT EXISTS servicemedical;
CREATE TABLE IF NOT EXISTS servicemedical.sessions (
    key         TEXT PRIMARY KEY,
    ticket      BYTEA NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL
);
DELETE FROM servicemedical.sessions WHERE expires_at < now();
