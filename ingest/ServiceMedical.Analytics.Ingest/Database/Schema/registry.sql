-- Load registry: one row per attempted load of a file.
CREATE SEQUENCE IF NOT EXISTS load_id_seq START 1;

CREATE TABLE IF NOT EXISTS load_registry (
    load_id        BIGINT PRIMARY KEY,
    file_name      VARCHAR NOT NULL,
    sha256         VARCHAR NOT NULL,
    dataset        VARCHAR,
    file_format    VARCHAR,
    encoding       VARCHAR,
    rows_read      BIGINT,
    rows_accepted  BIGINT,
    rows_rejected  BIGINT,
    started_at     TIMESTAMP NOT NULL,
    ended_at       TIMESTAMP,
    status         VARCHAR NOT NULL,  -- running, succeeded, failed, interrupted
    error_message  VARCHAR
);

-- Rows refused by a load, with the reason; kept also when the whole file fails.
CREATE TABLE IF NOT EXISTS load_rejects (
    load_id      BIGINT NOT NULL,
    file_name    VARCHAR NOT NULL,
    line         BIGINT NOT NULL,
    column_name  VARCHAR NOT NULL,
    value        VARCHAR,
    reason       VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS ref_regions (
    code  VARCHAR PRIMARY KEY,
    name  VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS ref_departements (
    code         VARCHAR PRIMARY KEY,
    name         VARCHAR NOT NULL,
    region_code  VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS ref_cqp_programme (
    starts_from  DATE PRIMARY KEY,
    hours        INTEGER NOT NULL
);

-- When this database was last published as a read-only snapshot (one row): readers show it as the refresh time.
CREATE TABLE IF NOT EXISTS publication (
    published_at  TIMESTAMP NOT NULL,
    reason        VARCHAR NOT NULL
);
