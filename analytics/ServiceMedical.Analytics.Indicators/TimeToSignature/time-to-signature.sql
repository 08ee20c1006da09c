-- Time from first support contact to signature (docs/indicators.md, `delai-signature`), for the contracts signed
-- in the period (to $to, at most the data horizon): days between
-- the beneficiary's first support action (any type, on or before the signature) and the signature.
-- Contracts signed without any recorded contact are counted apart.
WITH contracts AS (
    SELECT c.numero_contrat, c.type_beneficiaire, c.identifiant_beneficiaire, c.date_signature, {zone} AS zone
    FROM contrats_assistants_medicaux c
    JOIN ref_departements d ON d.code = c.code_departement
    WHERE in_geography(d.region_code, d.code, $region, $department)
      AND beneficiary_in_filter(c.type_beneficiaire, c.identifiant_beneficiaire, $beneficiary_type, $centre_type)
      AND in_period(c.date_signature, $from, $to)
),
delays AS (
    SELECT c.zone, c.type_beneficiaire, date_diff('day', min(a.date_action), c.date_signature) AS days
    FROM contracts c
    LEFT JOIN actions_accompagnement a
           ON a.type_beneficiaire = c.type_beneficiaire
          AND a.identifiant_beneficiaire = c.identifiant_beneficiaire
          AND a.date_action <= c.date_signature
    GROUP BY c.numero_contrat, c.zone, c.type_beneficiaire, c.date_signature
)
SELECT zone, type_beneficiaire AS beneficiary_type, count(*) AS contracts, count(days) AS with_contact,
       median(days) AS median_days, quantile_cont(days, 0.9) AS p90_days
FROM delays
GROUP BY zone, type_beneficiaire
ORDER BY zone, type_beneficiaire;
