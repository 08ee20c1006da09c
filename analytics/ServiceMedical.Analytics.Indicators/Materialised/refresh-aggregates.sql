-- Measured file active of every contract year (1 to 5) of every contract: the part of objective
-- attainment that reads millions of activity rows, computed once per load instead of per query.
CREATE OR REPLACE TABLE agg_contract_year_measures AS
WITH years AS (
    SELECT c.numero_contrat, c.type_beneficiaire, c.identifiant_beneficiaire, t.y AS contract_year,
           contract_year_start(c.date_debut, t.y) AS year_start,
           contract_year_last_day(c.date_debut, t.y) AS year_last_day
    FROM contrats_assistants_medicaux c, range(1, 6) t(y)
)
SELECT y.numero_contrat, y.contract_year, count(a.mois) AS months, avg(a.file_active) AS mean_file_active
FROM years y
LEFT JOIN activite_mesuree a
       ON a.type_beneficiaire = y.type_beneficiaire AND a.identifiant_beneficiaire = y.identifiant_beneficiaire
      AND a.mois >= y.year_start AND a.mois <= y.year_last_day
GROUP BY y.numero_contrat, y.contract_year;

-- The rows of a beneficiary listed in several departments of one snapshot but the one of lowest code: the view
-- eligibility_by_beneficiary leaves them out, so that the beneficiary counts once. Built first: agg_uptake reads the view.
CREATE OR REPLACE TABLE agg_eligibility_extra_rows AS
SELECT date_extraction, type_beneficiaire, identifiant_beneficiaire, code_departement
FROM (SELECT date_extraction, type_beneficiaire, identifiant_beneficiaire, code_departement,
             row_number() OVER (PARTITION BY date_extraction, type_beneficiaire, identifiant_beneficiaire ORDER BY code_departement) AS rank
      FROM eligibilite)
WHERE rank > 1;

-- Uptake per snapshot, department, beneficiary type and centre type, counted on the snapshot's last day: the
-- day before the next snapshot, or for the last one the data horizon of the uptake indicator (the contracts'
-- extract date, UptakeQuery). The uptake query reads it for the snapshots a period covers to that day — every
-- snapshot of a page opened on its default period — and counts the others (a period ending earlier) from the rows.
CREATE OR REPLACE TABLE agg_uptake AS
WITH snapshots AS (
    SELECT snapshot, coalesce(CAST(next_snapshot - INTERVAL 1 DAY AS DATE),
                              (SELECT extract_date FROM dataset_extracts WHERE dataset = 'contrats_assistants_medicaux')) AS valid_until
    FROM (SELECT snapshot, lead(snapshot) OVER (ORDER BY snapshot) AS next_snapshot
          FROM (SELECT DISTINCT date_extraction AS snapshot FROM eligibilite))
),
eligible AS (
    SELECT s.snapshot, s.valid_until, e.type_beneficiaire, e.identifiant_beneficiaire, e.code_departement, cs.type_centre
    FROM eligibility_by_beneficiary e
    JOIN snapshots s ON s.snapshot = e.date_extraction
    LEFT JOIN centres_sante cs ON e.type_beneficiaire = 'centre_sante' AND cs.finess = e.identifiant_beneficiaire
    WHERE e.eligible
),
contracted AS (
    SELECT DISTINCT el.snapshot, el.type_beneficiaire, el.identifiant_beneficiaire
    FROM eligible el
    JOIN contrats_assistants_medicaux c
      ON c.type_beneficiaire = el.type_beneficiaire AND c.identifiant_beneficiaire = el.identifiant_beneficiaire
    WHERE contract_held(c.date_signature, c.date_fin, c.date_resiliation, el.valid_until)
)
SELECT el.snapshot, el.valid_until AS measured_on, el.code_departement, el.type_beneficiaire, el.type_centre,
       count(*) AS eligible, count(ct.identifiant_beneficiaire) AS contracted
FROM eligible el
LEFT JOIN contracted ct
  ON ct.snapshot = el.snapshot AND ct.type_beneficiaire = el.type_beneficiaire AND ct.identifiant_beneficiaire = el.identifiant_beneficiaire
GROUP BY ALL;

CREATE OR REPLACE TABLE agg_refresh AS SELECT CAST($fingerprint AS VARCHAR) AS fingerprint, now()::TIMESTAMP AS refreshed_at;
