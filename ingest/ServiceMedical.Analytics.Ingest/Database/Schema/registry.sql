-- Load registry: one row per attempted load of a file.
CREATE SEQUENCE IF NOT EXISTS load_id_seq START 1;

CREATE TABLE IF NOT EXISTS load_registry (
    load_id        BIGINT PRIMARY KEY,
    file_name      VARCHAR NOT NULL,
    sha256         VARCHAR,           -- known once the file has been read through
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

-- Schema 4: the SHA-256 is computed while the file loads, so a running load has none yet.
ALTER TABLE load_registry ALTER COLUMN sha256 DROP NOT NULL;

-- Schema 5: the extract date a file name declared (AAAA-MM-JJ), the day the file's figures are complete to;
-- null when the name declares none (see dataset_extracts). Times are stored in UTC.
ALTER TABLE load_registry ADD COLUMN IF NOT EXISTS extract_date DATE;

-- Rows refused by a load, with the reason; kept also when the whole file fails.
CREATE TABLE IF NOT EXISTS load_rejects (
    load_id      BIGINT NOT NULL,
    file_name    VARCHAR NOT NULL,
    line         BIGINT NOT NULL,
    column_name  VARCHAR NOT NULL,
    value        VARCHAR,
    reason       VARCHAR NOT NULL
);

-- Schema 6: a load keeps its first rejects only (by line, see DatasetLoader.KeptRejects); the count of every reject,
-- by column and reason, with the first line and value as an example, is kept whole here.
CREATE TABLE IF NOT EXISTS load_reject_counts (
    load_id      BIGINT NOT NULL,
    file_name    VARCHAR NOT NULL,
    column_name  VARCHAR NOT NULL,
    reason       VARCHAR NOT NULL,
    rows         BIGINT NOT NULL,
    first_line   BIGINT NOT NULL,
    example      VARCHAR
);

-- Loads of a database written before schema 6 kept every reject: their counts are read from them, once.
INSERT INTO load_reject_counts
SELECT load_id, file_name, column_name, reason, count(*), min(line), arg_min(value, line)
FROM load_rejects
WHERE load_id NOT IN (SELECT load_id FROM load_reject_counts)
GROUP BY ALL;

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

-- Forecasts of cumulative uptake, written by the refresh job (ServiceMedical.Analytics.Forecasting), read
-- by the dashboard from the published snapshot. Observed months and forecast months of each scope (FR or a
-- region code) in one series; the backtest accuracy of every model; the last training run.
CREATE TABLE IF NOT EXISTS forecast_series (
    scope       VARCHAR NOT NULL,
    month       DATE NOT NULL,
    kind        VARCHAR NOT NULL,  -- observe, prevision
    cumulative  DOUBLE NOT NULL,
    low80       DOUBLE,
    high80      DOUBLE,
    low95       DOUBLE,
    high95      DOUBLE,
    eligible    DOUBLE NOT NULL
);

CREATE TABLE IF NOT EXISTS forecast_accuracy (
    scope       VARCHAR NOT NULL,
    model       VARCHAR NOT NULL,
    label       VARCHAR NOT NULL,
    mae         DOUBLE NOT NULL,
    mase        DOUBLE,
    coverage80  DOUBLE,
    coverage95  DOUBLE,
    chosen      BOOLEAN NOT NULL
);

-- Forecasts for one beneficiary type (centre_sante, medecin_liberal); null for every beneficiary (schema 3).
ALTER TABLE forecast_series ADD COLUMN IF NOT EXISTS beneficiary_type VARCHAR;
ALTER TABLE forecast_accuracy ADD COLUMN IF NOT EXISTS beneficiary_type VARCHAR;

CREATE TABLE IF NOT EXISTS forecast_runs (
    trained_at  TIMESTAMP NOT NULL,
    last_month  DATE,
    horizon     INTEGER NOT NULL,
    seconds     DOUBLE NOT NULL,
    message     VARCHAR          -- why there is no forecast (history too short), else null
);

-- Which version of this schema the database has: a snapshot published by an older version is republished.
CREATE TABLE IF NOT EXISTS schema_info (
    version  INTEGER NOT NULL
);
