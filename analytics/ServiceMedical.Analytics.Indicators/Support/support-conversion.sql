-- Conversion by type of support action: of the beneficiaries reached by an action of that type in
-- the period, how many signed a contract on or after their first such action (by the end of the
-- period, or today).
WITH actions AS (
    SELECT a.type_action, a.type_beneficiaire, a.identifiant_beneficiaire, a.date_action, {zone} AS zone
    FROM actions_accompagnement a
    JOIN ref_departements d ON d.code = a.code_departement
    WHERE ($region IS NULL OR d.region_code = $region)
      AND ($department IS NULL OR d.code = $department)
      AND ($beneficiary_type IS NULL OR a.type_beneficiaire = $beneficiary_type)
      AND ($centre_type IS NULL OR a.identifiant_beneficiaire IN (SELECT finess FROM centres_sante WHERE type_centre = $centre_type))
      AND ($from IS NULL OR a.date_action >= CAST($from AS DATE))
      AND a.date_action <= coalesce(CAST($to AS DATE), CAST($today AS DATE))
),
reached AS (
    SELECT type_action, zone, count(DISTINCT (type_beneficiaire, identifiant_beneficiaire)) AS reached
    FROM actions
    GROUP BY type_action, zone
),
-- Signed on or after the first action of the type ⇔ some action of the type on or before a signature.
converted AS (
    SELECT a.type_action, a.zone, count(DISTINCT (a.type_beneficiaire, a.identifiant_beneficiaire)) AS signed
    FROM actions a
    JOIN contrats_assistants_medicaux c
      ON c.type_beneficiaire = a.type_beneficiaire AND c.identifiant_beneficiaire = a.identifiant_beneficiaire
     AND c.date_signature >= a.date_action
     AND c.date_signature <= coalesce(CAST($to AS DATE), CAST($today AS DATE))
    GROUP BY a.type_action, a.zone
)
SELECT r.type_action, r.zone, r.reached, coalesce(k.signed, 0) AS signed
FROM reached r
LEFT JOIN converted k ON k.type_action = r.type_action AND k.zone = r.zone
ORDER BY r.type_action, r.zone;
