-- Objective attainment per contract year (docs/indicators.md, `atteinte-objectifs`). The measured file active
-- of a year is the mean of its monthly measures; the target is reference × (1 + objective). A year is due once
-- its last day is on or before $to (the period's last day, at most the data horizon), if the contract was in
-- force on that day (contract_in_force, date-rules.sql); it is "not measured" when fewer than 6 of its 12
-- months have a measure. Attainment = (measured − reference) / (target − reference): 1 means exactly at
-- objective. The period keeps the years whose last day falls in it.
WITH contracts AS (
    SELECT c.*, {zone} AS zone
    FROM contrats_assistants_medicaux c
    JOIN ref_departements d ON d.code = c.code_departement
    WHERE in_geography(d.region_code, d.code, $region, $department)
      AND beneficiary_in_filter(c.type_beneficiaire, c.identifiant_beneficiaire, $beneficiary_type, $centre_type)
),
years AS (
    SELECT c.numero_contrat, c.type_beneficiaire, c.identifiant_beneficiaire, c.zone,
           year(c.date_signature) AS cohort, t.y AS contract_year,
           contract_year_last_day(c.date_debut, t.y) AS last_day,
           c.file_active_reference AS reference,
           -- reference × (100 + objective) / 100: exact for whole references and objectives in tenths.
           c.file_active_reference * (100 + c.objectif_progression_pct) / 100 AS target,
           c.date_debut, c.date_fin, c.date_resiliation
    FROM contracts c, range(1, 6) t(y)
),
assessed AS (
    SELECT * FROM years
    WHERE last_day <= CAST($to AS DATE)
      AND ($from IS NULL OR last_day >= CAST($from AS DATE))
      AND contract_in_force(date_debut, date_fin, date_resiliation, last_day)
),
-- Monthly measures per contract year come from agg_contract_year_measures (see MaterialisedAggregates).
measured AS (
    SELECT y.numero_contrat, y.contract_year, y.type_beneficiaire, y.zone, y.cohort, y.reference, y.target,
           coalesce(m.months, 0) AS months, m.mean_file_active
    FROM assessed y
    LEFT JOIN agg_contract_year_measures m ON m.numero_contrat = y.numero_contrat AND m.contract_year = y.contract_year
),
scored AS (
    SELECT *, months >= 6 AS is_measured,
           CASE WHEN months >= 6 THEN (mean_file_active - reference) / nullif(target - reference, 0) END AS attainment
    FROM measured
)
SELECT zone, type_beneficiaire AS beneficiary_type, cohort, contract_year,
       count(*) FILTER (WHERE is_measured) AS measured,
       count(*) FILTER (WHERE NOT is_measured) AS not_measured,
       count(*) FILTER (WHERE is_measured AND mean_file_active >= target) AS at_objective,
       count(*) FILTER (WHERE attainment < 0.5) AS below_half,
       count(*) FILTER (WHERE attainment >= 0.5 AND attainment < 1) AS half_to_full,
       count(*) FILTER (WHERE attainment >= 1 AND attainment < 1.5) AS full_to_150,
       count(*) FILTER (WHERE attainment >= 1.5) AS above_150,
       median(attainment) AS median_attainment
FROM scored
GROUP BY ALL
ORDER BY zone, type_beneficiaire, cohort, contract_year;
