-- Uptake (taux d'adhésion) per eligibility snapshot: eligible structures that hold a contract.
-- A snapshot applies from its date to the day before the next one (the last one until today); it
-- belongs to the period when it applies on at least one day of it. Contracted: a contract signed by
-- the end of the snapshot's validity (or the end of the period, if earlier), not terminated before
-- the snapshot's date and not yet over at that date.
WITH snapshots AS (
    SELECT snapshot, CAST(coalesce(next_snapshot - INTERVAL 1 DAY, $today) AS DATE) AS valid_until
    FROM (SELECT snapshot, lead(snapshot) OVER (ORDER BY snapshot) AS next_snapshot
          FROM (SELECT DISTINCT date_extraction AS snapshot FROM eligibilite))
),
in_period AS (
    SELECT snapshot, least(valid_until, coalesce(CAST($to AS DATE), valid_until)) AS as_of
    FROM snapshots
    WHERE ($from IS NULL OR valid_until >= CAST($from AS DATE))
      AND ($to IS NULL OR snapshot <= CAST($to AS DATE))
),
eligible AS (
    SELECT p.snapshot, {zone} AS zone,
           EXISTS (SELECT 1 FROM contrats_assistants_medicaux c
                   WHERE c.type_beneficiaire = e.type_beneficiaire
                     AND c.identifiant_beneficiaire = e.identifiant_beneficiaire
                     AND c.date_signature <= p.as_of
                     AND c.date_fin > p.snapshot
                     AND (c.date_resiliation IS NULL OR c.date_resiliation >= p.snapshot)) AS contracted
    FROM eligibilite e
    JOIN in_period p ON p.snapshot = e.date_extraction
    JOIN ref_departements d ON d.code = e.code_departement
    WHERE e.eligible
      AND ($region IS NULL OR d.region_code = $region)
      AND ($department IS NULL OR d.code = $department)
      AND ($beneficiary_type IS NULL OR e.type_beneficiaire = $beneficiary_type)
      AND ($centre_type IS NULL OR EXISTS (SELECT 1 FROM centres_sante cs
                                           WHERE cs.finess = e.identifiant_beneficiaire AND cs.type_centre = $centre_type))
)
SELECT snapshot, zone, count(*) AS eligible, count(*) FILTER (WHERE contracted) AS contracted
FROM eligible
GROUP BY snapshot, zone
ORDER BY snapshot, zone;
