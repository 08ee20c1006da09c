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

-- Uptake per closed snapshot (one a later snapshot replaced), department, beneficiary type and centre type,
-- on the snapshot's last day (the day before the next one). The uptake query reads it for the snapshots a
-- period covers whole; the last snapshot is measured at the period's end, so it is counted from the rows.
CREATE OR REPLACE TABLE agg_uptake AS
WITH snapshots AS (
    SELECT snapshot, CAST(next_snapshot - INTERVAL 1 DAY AS DATE) AS valid_until
    FROM (SELECT snapshot, lead(snapshot) OVER (ORDER BY snapshot) AS next_snapshot
          FROM (SELECT DISTINCT date_extraction AS snapshot FROM eligibilite))
    WHERE next_snapshot IS NOT NULL
),
eligible AS (
    SELECT s.snapshot, s.valid_until, e.type_beneficiaire, e.identifiant_beneficiaire, e.code_departement, cs.type_centre
    FROM eligibilite e
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
SELECT el.snapshot, el.code_departement, el.type_beneficiaire, el.type_centre,
       count(*) AS eligible, count(ct.identifiant_beneficiaire) AS contracted
FROM eligible el
LEFT JOIN contracted ct
  ON ct.snapshot = el.snapshot AND ct.type_beneficiaire = el.type_beneficiaire AND ct.identifiant_beneficiaire = el.identifiant_beneficiaire
GROUP BY ALL;

CREATE OR REPLACE TABLE agg_refresh AS SELECT CAST($fingerprint AS VARCHAR) AS fingerprint, now()::TIMESTAMP AS refreshed_at;
