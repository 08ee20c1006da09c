-- Subscriptions and their deliveries shared by every node, in the job storage's PostgreSQL. The advisory lock keeps
-- two nodes starting at once from creating them twice.
SELECT pg_advisory_xact_lock(hashtext('servicemedical.subscriptions'));
CREATE SCHEMA IF NOT EXISTS servicemedical;
CREATE TABLE IF NOT EXISTS servicemedical.subscriptions (
    id           BIGSERIAL PRIMARY KEY,
    user_name    TEXT NOT NULL,
    page         TEXT NOT NULL,
    scope        TEXT NOT NULL,
    frequency    TEXT NOT NULL,
    created_at   TIMESTAMP NOT NULL,
    cancelled_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS servicemedical.subscription_deliveries (
    email           TEXT NOT NULL,
    page            TEXT NOT NULL,
    scope           TEXT NOT NULL,
    edition         TEXT NOT NULL,
    subscription_id BIGINT NOT NULL,
    user_name       TEXT NOT NULL,
    status          TEXT NOT NULL,
    attempts        INTEGER NOT NULL,
    answer          TEXT,
    node            TEXT,
    updated_at      TIMESTAMP NOT NULL,
    PRIMARY KEY (email, page, scope, edition)
);
