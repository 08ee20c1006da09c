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
monthly AS (
    SELECT m.month_start, m.month_end, z.zone,
           count(c.date_signature) FILTER (WHERE c.date_signature >= m.month_start) AS signed,
           count(c.date_signature) AS signed_to_date,
           count(c.date_signature) FILTER (WHERE c.date_fin > m.month_end
                                           AND (c.date_resiliation IS NULL OR c.date_resiliation > m.month_end)) AS in_force
    FROM months m
    CROSS JOIN zones z
    LEFT JOIN contracts c ON c.zone = z.zone AND c.date_signature <= m.month_end
    GROUP BY m.month_start, m.month_end, z.zone
)
SELECT CAST({period} AS DATE) AS period, zone,
       CAST(sum(signed) AS BIGINT) AS signed,
       arg_max(signed_to_date, month_start) AS signed_to_date,
       arg_max(in_force, month_start) AS in_force
FROM monthly
GROUP BY 1, 2
ORDER BY 1, 2;
