-- Subscriptions and their deliveries, in a DuckDB file of their own beside the audit log (one node).
CREATE SCHEMA IF NOT EXISTS servicemedical;
CREATE SEQUENCE IF NOT EXISTS servicemedical.subscription_id;
CREATE TABLE IF NOT EXISTS servicemedical.subscriptions (
    id           BIGINT PRIMARY KEY DEFAULT nextval('servicemedical.subscription_id'),
    user_name    VARCHAR NOT NULL,
    page         VARCHAR NOT NULL,
    scope        VARCHAR NOT NULL, -- a region's INSEE code, or FR
    frequency    VARCHAR NOT NULL, -- Monthly or Weekly
    created_at   TIMESTAMP NOT NULL,
    cancelled_at TIMESTAMP
);
-- One row per address, page, scope and edition: the key that keeps an edition from being sent twice.
CREATE TABLE IF NOT EXISTS servicemedical.subscription_deliveries (
    email           VARCHAR NOT NULL,
    page            VARCHAR NOT NULL,
    scope           VARCHAR NOT NULL,
    edition         VARCHAR NOT NULL,
    subscription_id BIGINT NOT NULL,
    user_name       VARCHAR NOT NULL,
    status          VARCHAR NOT NULL,
    attempts        INTEGER NOT NULL,
    answer          VARCHAR,
    node            VARCHAR,
    updated_at      TIMESTAMP NOT NULL,
    PRIMARY KEY (email, page, scope, edition)
);
