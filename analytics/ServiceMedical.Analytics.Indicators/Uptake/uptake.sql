-- Uptake (taux d'adhésion) per eligibility snapshot (docs/indicators.md, `adhesion`), each row at one date: the
-- last day the snapshot applies within the period — the day before the next snapshot, or $to (the period's last
-- day, at most the data horizon) if earlier. On that day: the structures eligible in the snapshot, and those of
-- them holding a contract (contract_held, date-rules.sql). A snapshot belongs to the period when it applies on at
-- least one day of it. Snapshots counted on the day agg_uptake was (their last day, the data horizon for the last
-- one: MaterialisedAggregates) are read from it; the others — a period that ends within a snapshot — are counted
-- from the rows.
WITH snapshots AS (
    SELECT snapshot, CAST(next_snapshot - INTERVAL 1 DAY AS DATE) AS valid_until
    FROM (SELECT snapshot, lead(snapshot) OVER (ORDER BY snapshot) AS next_snapshot
          FROM (SELECT DISTINCT date_extraction AS snapshot FROM eligibilite))
),
measured AS (
    SELECT snapshot, least(coalesce(valid_until, CAST($to AS DATE)), CAST($to AS DATE)) AS measured_on
    FROM snapshots
    WHERE ($from IS NULL OR coalesce(valid_until, CAST($to AS DATE)) >= CAST($from AS DATE))
      AND snapshot <= CAST($to AS DATE)
),
in_period AS (
    SELECT m.snapshot, m.measured_on, a.snapshot IS NOT NULL AS precomputed
    FROM measured m
    LEFT JOIN (SELECT DISTINCT snapshot, measured_on FROM agg_uptake) a ON a.snapshot = m.snapshot AND a.measured_on = m.measured_on
),
-- Eligibility counted once per beneficiary, as the view eligibility_by_beneficiary does (views.sql); written out here
-- because DuckDB then reads only the snapshots asked for, where through the view it reads them all first.
eligible AS (
    SELECT p.snapshot, p.measured_on, e.type_beneficiaire, e.identifiant_beneficiaire, {zone} AS zone
    FROM eligibilite e
    JOIN in_period p ON p.snapshot = e.date_extraction AND NOT p.precomputed
    JOIN ref_departements d ON d.code = e.code_departement
    LEFT JOIN agg_eligibility_extra_rows x
           ON x.date_extraction = e.date_extraction AND x.type_beneficiaire = e.type_beneficiaire
          AND x.identifiant_beneficiaire = e.identifiant_beneficiaire AND x.code_departement = e.code_departement
    WHERE x.date_extraction IS NULL
      AND e.eligible
      AND in_geography(d.region_code, d.code, $region, $department)
      AND beneficiary_in_filter(e.type_beneficiaire, e.identifiant_beneficiaire, $beneficiary_type, $centre_type)
),
eligible_counts AS (
    SELECT snapshot, zone, count(*) AS eligible FROM eligible GROUP BY snapshot, zone
),
-- From the (few) contracts to the eligible rows, an equality join then the dates: counting the
-- contracted apart avoids joining every eligible row back.
contracted_counts AS (
    SELECT snapshot, zone, count(*) AS contracted
    FROM (SELECT DISTINCT el.snapshot, el.zone, el.type_beneficiaire, el.identifiant_beneficiaire
          FROM eligible el
          JOIN contrats_assistants_medicaux c
            ON c.type_beneficiaire = el.type_beneficiaire AND c.identifiant_beneficiaire = el.identifiant_beneficiaire
          WHERE contract_held(c.date_signature, c.date_fin, c.date_resiliation, el.measured_on))
    GROUP BY snapshot, zone
),
precomputed AS (
    SELECT u.snapshot, {zone} AS zone, u.eligible, u.contracted
    FROM agg_uptake u
    JOIN in_period p ON p.snapshot = u.snapshot AND p.measured_on = u.measured_on AND p.precomputed
    JOIN ref_departements d ON d.code = u.code_departement
    WHERE in_geography(d.region_code, d.code, $region, $department)
      AND aggregate_in_filter(u.type_beneficiaire, u.type_centre, $beneficiary_type, $centre_type)
)
SELECT c.snapshot, c.zone, p.measured_on, CAST(sum(c.eligible) AS BIGINT) AS eligible, CAST(sum(c.contracted) AS BIGINT) AS contracted
FROM (
    SELECT e.snapshot, e.zone, e.eligible, coalesce(k.contracted, 0) AS contracted
    FROM eligible_counts e
    LEFT JOIN contracted_counts k ON k.snapshot = e.snapshot AND k.zone = e.zone
    UNION ALL
    SELECT snapshot, zone, eligible, contracted FROM precomputed
) c
JOIN in_period p ON p.snapshot = c.snapshot
GROUP BY c.snapshot, c.zone, p.measured_on
ORDER BY c.snapshot, c.zone;
