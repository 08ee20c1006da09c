-- Contracts over time: signed in each month (or quarter, year), signed to date, and in force at the
-- end of the period (signed, not yet over, not terminated). Months run from the period's start (or
-- the first signature) to its end (or today).
WITH contracts AS (
    SELECT c.date_signature, c.date_fin, c.date_resiliation, {zone} AS zone
    FROM contrats_assistants_medicaux c
    JOIN ref_departements d ON d.code = c.code_departement
    WHERE ($region IS NULL OR d.region_code = $region)
      AND ($department IS NULL OR d.code = $department)
      AND ($beneficiary_type IS NULL OR c.type_beneficiaire = $beneficiary_type)
      AND ($centre_type IS NULL OR c.identifiant_beneficiaire IN (SELECT finess FROM centres_sante WHERE type_centre = $centre_type))
),
bounds AS (
    SELECT CAST(date_trunc('month', coalesce(CAST($from AS DATE), min(date_signature))) AS DATE) AS first_month,
           coalesce(CAST($to AS DATE), CAST($today AS DATE)) AS last_day
    FROM contracts
),
months AS (
    SELECT CAST(t.m AS DATE) AS month_start,
           least(CAST(t.m + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE), b.last_day) AS month_end
    FROM bounds b, range(b.first_month, b.last_day + INTERVAL 1 DAY, INTERVAL 1 MONTH) t(m)
),
zones AS (SELECT DISTINCT zone FROM contracts),
-- Events per zone and month: signatures, and contracts leaving force (end or termination, the first of
-- the two). Running sums of them give the figures at each month's end without a range join.
events AS (
    SELECT zone, CAST(date_trunc('month', date_signature) AS DATE) AS month_start, 1 AS signed, 1 AS entering, 0 AS leaving
    FROM contracts
    WHERE date_signature <= (SELECT last_day FROM bounds)
    UNION ALL
    -- Out of force from the day of its end or termination: not counted at a month end on or after it.
    SELECT zone, CAST(date_trunc('month', least(date_fin, coalesce(date_resiliation, date_fin))) AS DATE), 0, 0, 1
    FROM contracts
    WHERE least(date_fin, coalesce(date_resiliation, date_fin)) <= (SELECT last_day FROM bounds)
),
monthly_events AS (
    SELECT zone, month_start, sum(signed) AS signed, sum(entering) AS entering, sum(leaving) AS leaving
    FROM events GROUP BY zone, month_start
),
before_start AS (
    SELECT zone, sum(signed) AS signed, sum(entering) - sum(leaving) AS in_force
    FROM monthly_events WHERE month_start < (SELECT first_month FROM bounds) GROUP BY zone
),
monthly AS (
    SELECT m.month_start, z.zone,
           coalesce(e.signed, 0) AS signed,
           coalesce(b.signed, 0) + sum(coalesce(e.signed, 0)) OVER w AS signed_to_date,
           coalesce(b.in_force, 0) + sum(coalesce(e.entering, 0) - coalesce(e.leaving, 0)) OVER w AS in_force
    FROM months m
    CROSS JOIN zones z
    LEFT JOIN monthly_events e ON e.zone = z.zone AND e.month_start = m.month_start
    LEFT JOIN before_start b ON b.zone = z.zone
    WINDOW w AS (PARTITION BY z.zone ORDER BY m.month_start ROWS UNBOUNDED PRECEDING)
)
SELECT CAST({period} AS DATE) AS period, zone,
       CAST(sum(signed) AS BIGINT) AS signed,
       CAST(arg_max(signed_to_date, month_start) AS BIGINT) AS signed_to_date,
       CAST(arg_max(in_force, month_start) AS BIGINT) AS in_force
FROM monthly
GROUP BY 1, 2
ORDER BY 1, 2;
