-- Monthly uptake history of every scope (France 'FR', and each region): beneficiaries that signed their first
-- contract in the month (centres, médecins: signers, as the indicators count them — a renewal is not a new
-- signer), the eligible population of the snapshot in force that month (the first snapshot before it exists),
-- and the support actions of the month. Months run from the scheme's first signature to the last month complete
-- on the contracts' extract date (dataset_extracts): the data's horizon, never the load date nor today — an extract
-- taken mid-month would otherwise show a fall in signings that did not happen.
WITH first_signatures AS (
    SELECT type_beneficiaire, identifiant_beneficiaire, min(date_signature) AS date_signature,
           arg_min(code_departement, date_signature) AS code_departement
    FROM contrats_assistants_medicaux
    GROUP BY type_beneficiaire, identifiant_beneficiaire
),
signed AS (
    SELECT d.region_code, f.type_beneficiaire, CAST(date_trunc('month', f.date_signature) AS DATE) AS month_start
    FROM first_signatures f
    JOIN ref_departements d ON d.code = f.code_departement
),
horizon AS (
    SELECT extract_date FROM dataset_extracts WHERE dataset = 'contrats_assistants_medicaux'
),
bounds AS (
    SELECT (SELECT min(month_start) FROM signed) AS first_month,
           CASE WHEN h.extract_date = last_day(h.extract_date) THEN CAST(date_trunc('month', h.extract_date) AS DATE)
                ELSE CAST(date_trunc('month', h.extract_date) - INTERVAL 1 MONTH AS DATE) END AS last_month
    FROM horizon h
),
months AS (
    SELECT CAST(t.m AS DATE) AS month_start
    FROM bounds b, range(b.first_month, b.last_month + INTERVAL 1 DAY, INTERVAL 1 MONTH) t(m)
),
scopes AS (SELECT 'FR' AS scope UNION ALL SELECT code FROM ref_regions),
eligible_snapshots AS (
    SELECT e.date_extraction AS snapshot, d.region_code,
           count(*) FILTER (WHERE e.type_beneficiaire = 'centre_sante') AS centres,
           count(*) FILTER (WHERE e.type_beneficiaire = 'medecin_liberal') AS medecins
    FROM eligibility_by_beneficiary e
    JOIN ref_departements d ON d.code = e.code_departement
    WHERE e.eligible
    GROUP BY ALL
),
snapshot_of_month AS (
    SELECT m.month_start,
           coalesce((SELECT max(snapshot) FROM eligible_snapshots WHERE snapshot <= m.month_start + INTERVAL 1 MONTH - INTERVAL 1 DAY),
                    (SELECT min(snapshot) FROM eligible_snapshots)) AS snapshot
    FROM months m
),
support AS (
    SELECT d.region_code, CAST(date_trunc('month', a.date_action) AS DATE) AS month_start, count(*) AS actions
    FROM actions_accompagnement a
    JOIN ref_departements d ON d.code = a.code_departement
    GROUP BY ALL
)
SELECT s.scope, m.month_start,
       CAST((SELECT count(*) FROM signed x WHERE x.month_start = m.month_start AND x.type_beneficiaire = 'centre_sante' AND (s.scope = 'FR' OR x.region_code = s.scope)) AS DOUBLE) AS new_centres,
       CAST((SELECT count(*) FROM signed x WHERE x.month_start = m.month_start AND x.type_beneficiaire = 'medecin_liberal' AND (s.scope = 'FR' OR x.region_code = s.scope)) AS DOUBLE) AS new_medecins,
       CAST(coalesce((SELECT sum(centres) FROM eligible_snapshots e WHERE e.snapshot = sm.snapshot AND (s.scope = 'FR' OR e.region_code = s.scope)), 0) AS DOUBLE) AS eligible_centres,
       CAST(coalesce((SELECT sum(medecins) FROM eligible_snapshots e WHERE e.snapshot = sm.snapshot AND (s.scope = 'FR' OR e.region_code = s.scope)), 0) AS DOUBLE) AS eligible_medecins,
       CAST(coalesce((SELECT sum(actions) FROM support a WHERE a.month_start = m.month_start AND (s.scope = 'FR' OR a.region_code = s.scope)), 0) AS DOUBLE) AS support_actions
FROM scopes s
CROSS JOIN months m
JOIN snapshot_of_month sm ON sm.month_start = m.month_start
ORDER BY s.scope, m.month_start;
