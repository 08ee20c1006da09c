-- Conversion by type of support action (docs/indicators.md, `conversion-accompagnement`): of the beneficiaries
-- reached by an action of that type in the period, how many signed a contract on or after their first such
-- action, by $to (the period's last day, at most the data horizon).
WITH actions AS (
    SELECT a.type_action, a.type_beneficiaire, a.identifiant_beneficiaire, a.date_action, {zone} AS zone
    FROM actions_accompagnement a
    JOIN ref_departements d ON d.code = a.code_departement
    WHERE in_geography(d.region_code, d.code, $region, $department)
      AND beneficiary_in_filter(a.type_beneficiaire, a.identifiant_beneficiaire, $beneficiary_type, $centre_type)
      AND in_period(a.date_action, $from, $to)
),
-- Each beneficiary once per type of action and zone, with its first such action.
first_actions AS (
    SELECT type_action, zone, type_beneficiaire, identifiant_beneficiaire, min(date_action) AS first_action
    FROM actions
    GROUP BY ALL
),
-- Signed on or after the first action of the type ⇔ its latest signature (by the end) is on or after it.
last_signatures AS (
    SELECT type_beneficiaire, identifiant_beneficiaire, max(date_signature) AS last_signature
    FROM contrats_assistants_medicaux
    WHERE date_signature <= CAST($to AS DATE)
    GROUP BY ALL
)
SELECT f.type_action AS action_type, f.zone, count(*) AS reached, count(*) FILTER (WHERE s.last_signature >= f.first_action) AS signed
FROM first_actions f
LEFT JOIN last_signatures s ON s.type_beneficiaire = f.type_beneficiaire AND s.identifiant_beneficiaire = f.identifiant_beneficiaire
GROUP BY f.type_action, f.zone
ORDER BY f.type_action, f.zone;
