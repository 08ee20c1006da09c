-- Uptake (taux d'adhésion) per eligibility snapshot: eligible structures that hold a contract.
-- A snapshot applies from its date to the day before the next one (the last one until today); it
-- belongs to the period when it applies on at least one day of it. Contracted: a contract signed by
-- the end of the snapshot's validity (or the end of the period, if earlier), not terminated before
-- the snapshot's date and not yet over at that date. Snapshots the period covers whole are read from
-- agg_uptake (MaterialisedAggregates); one cut by the end of the period is computed from the rows.
WITH snapshots AS (
    SELECT snapshot, CAST(coalesce(next_snapshot - INTERVAL 1 DAY, $today) AS DATE) AS valid_until
    FROM (SELECT snapshot, lead(snapshot) OVER (ORDER BY snapshot) AS next_snapshot
          FROM (SELECT DISTINCT date_extraction AS snapshot FROM eligibilite))
),
in_period AS (
    SELECT snapshot, valid_until, least(valid_until, coalesce(CAST($to AS DATE), valid_until)) AS as_of
    FROM snapshots
    WHERE ($from IS NULL OR valid_until >= CAST($from AS DATE))
      AND ($to IS NULL OR snapshot <= CAST($to AS DATE))
),
eligible AS (
    SELECT p.snapshot, p.as_of, e.type_beneficiaire, e.identifiant_beneficiaire, {zone} AS zone
    FROM eligibilite e
    JOIN in_period p ON p.snapshot = e.date_extraction AND p.as_of < p.valid_until
    JOIN ref_departements d ON d.code = e.code_departement
    -- $cut is false when the period ends after today: no snapshot is cut, and this branch is pruned.
    WHERE $cut
      AND e.eligible
      AND ($region IS NULL OR d.region_code = $region)
      AND ($department IS NULL OR d.code = $department)
      AND ($beneficiary_type IS NULL OR e.type_beneficiaire = $beneficiary_type)
      AND ($centre_type IS NULL OR e.identifiant_beneficiaire IN (SELECT finess FROM centres_sante WHERE type_centre = $centre_type))
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
          WHERE c.date_signature <= el.as_of
            AND c.date_fin > el.snapshot
            AND (c.date_resiliation IS NULL OR c.date_resiliation >= el.snapshot))
    GROUP BY snapshot, zone
),
precomputed AS (
    SELECT u.snapshot, {zone} AS zone, u.eligible, u.contracted
    FROM agg_uptake u
    JOIN in_period p ON p.snapshot = u.snapshot AND p.as_of = p.valid_until
    JOIN ref_departements d ON d.code = u.code_departement
    WHERE ($region IS NULL OR d.region_code = $region)
      AND ($department IS NULL OR d.code = $department)
      AND ($beneficiary_type IS NULL OR u.type_beneficiaire = $beneficiary_type)
      AND ($centre_type IS NULL OR u.type_centre = $centre_type)
)
SELECT snapshot, zone, CAST(sum(eligible) AS BIGINT) AS eligible, CAST(sum(contracted) AS BIGINT) AS contracted
FROM (
    SELECT e.snapshot, e.zone, e.eligible, coalesce(k.contracted, 0) AS contracted
    FROM eligible_counts e
    LEFT JOIN contracted_counts k ON k.snapshot = e.snapshot AND k.zone = e.zone
    UNION ALL
    SELECT snapshot, zone, eligible, contracted FROM precomputed
)
GROUP BY snapshot, zone
ORDER BY snapshot, zone;
