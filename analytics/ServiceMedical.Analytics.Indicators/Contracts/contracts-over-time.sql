-- Contracts over time (docs/indicators.md, `contrats`). Time buckets are calendar months (quarters, years)
-- cut by the period: the first starts on the period's first day (or the first signature in scope), the last
-- ends on $to, the period's last day, never past the data horizon. Per bucket: contracts signed in it and
-- by its last day; beneficiaries whose first contract was signed in it (new signers) and by its last day;
-- contracts in force on its last day (contract_in_force, date-rules.sql).
WITH contracts AS (
    SELECT c.type_beneficiaire, c.identifiant_beneficiaire, c.date_signature, c.date_debut,
           contract_out_from(c.date_fin, c.date_resiliation) AS out_from, {zone} AS zone
    FROM contrats_assistants_medicaux c
    JOIN ref_departements d ON d.code = c.code_departement
    WHERE in_geography(d.region_code, d.code, $region, $department)
      AND beneficiary_in_filter(c.type_beneficiaire, c.identifiant_beneficiaire, $beneficiary_type, $centre_type)
),
bounds AS (
    SELECT coalesce(CAST($from AS DATE), min(date_signature)) AS first_day, CAST($to AS DATE) AS last_day
    FROM contracts
),
months AS (
    SELECT CAST(t.m AS DATE) AS month_start, b.first_day,
           least(CAST(t.m + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE), b.last_day) AS month_end
    FROM bounds b, range(date_trunc('month', b.first_day), b.last_day + INTERVAL 1 DAY, INTERVAL 1 MONTH) t(m)
),
zones AS (SELECT DISTINCT zone FROM contracts),
-- Dated events per zone: a signature, a beneficiary's first signature, a start (entering force) and the first day
-- out of force (leaving it). Those before the period go to its opening balance; running sums of the others give
-- every figure at each bucket's last day without a range join.
events AS (
    SELECT zone, date_signature AS day, 1 AS signed, 0 AS new_signer, 0 AS entering, 0 AS leaving FROM contracts
    UNION ALL
    SELECT zone, min(date_signature), 0, 1, 0, 0 FROM contracts GROUP BY zone, type_beneficiaire, identifiant_beneficiaire
    UNION ALL
    SELECT zone, date_debut, 0, 0, 1, 0 FROM contracts
    UNION ALL
    SELECT zone, out_from, 0, 0, 0, 1 FROM contracts
),
dated AS (
    SELECT e.zone, CASE WHEN e.day < b.first_day THEN NULL ELSE CAST(date_trunc('month', e.day) AS DATE) END AS month_start,
           e.signed, e.new_signer, e.entering, e.leaving
    FROM events e, bounds b
    WHERE e.day <= b.last_day
),
monthly_events AS (
    SELECT zone, month_start, sum(signed) AS signed, sum(new_signer) AS new_signers, sum(entering) AS entering, sum(leaving) AS leaving
    FROM dated GROUP BY zone, month_start
),
opening AS (
    SELECT zone, signed, new_signers, entering - leaving AS in_force FROM monthly_events WHERE month_start IS NULL
),
monthly AS (
    SELECT m.month_start, m.first_day, z.zone,
           coalesce(e.signed, 0) AS signed,
           coalesce(e.new_signers, 0) AS new_signers,
           coalesce(o.signed, 0) + sum(coalesce(e.signed, 0)) OVER w AS signed_to_date,
           coalesce(o.new_signers, 0) + sum(coalesce(e.new_signers, 0)) OVER w AS signers_to_date,
           coalesce(o.in_force, 0) + sum(coalesce(e.entering, 0) - coalesce(e.leaving, 0)) OVER w AS in_force
    FROM months m
    CROSS JOIN zones z
    LEFT JOIN monthly_events e ON e.zone = z.zone AND e.month_start = m.month_start
    LEFT JOIN opening o ON o.zone = z.zone
    WINDOW w AS (PARTITION BY z.zone ORDER BY m.month_start ROWS UNBOUNDED PRECEDING)
)
SELECT CAST({period} AS DATE) AS period, zone,
       CAST(sum(signed) AS BIGINT) AS signed,
       CAST(arg_max(signed_to_date, month_start) AS BIGINT) AS signed_to_date,
       CAST(sum(new_signers) AS BIGINT) AS new_signers,
       CAST(arg_max(signers_to_date, month_start) AS BIGINT) AS signers_to_date,
       CAST(arg_max(in_force, month_start) AS BIGINT) AS in_force
FROM monthly
GROUP BY 1, 2
ORDER BY 1, 2;
