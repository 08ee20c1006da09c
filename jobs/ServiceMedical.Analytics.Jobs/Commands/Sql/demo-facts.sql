-- Facts the demo data must show, read back from the loaded database.
WITH aura_eligible AS (
    SELECT e.identifiant_beneficiaire
    FROM eligibilite e
    JOIN ref_departements d ON d.code = e.code_departement
    WHERE d.region_code = '84'
      AND e.type_beneficiaire = 'centre_sante'
      AND e.eligible
      AND e.date_extraction = DATE '2021-01-01'   -- the snapshot in force in May 2021
)
SELECT
    (SELECT count(*) FROM aura_eligible) AS aura_eligible_centres,
    (SELECT count(*) FROM aura_eligible a
       WHERE EXISTS (SELECT 1 FROM contrats_assistants_medicaux c
                     WHERE c.type_beneficiaire = 'centre_sante'
                       AND c.identifiant_beneficiaire = a.identifiant_beneficiaire
                       AND c.date_signature <= DATE '2021-05-25')) AS aura_contracted_centres,
    (SELECT count(*) FROM contrats_assistants_medicaux WHERE date_signature <= DATE '2021-01-21') AS contracts_2021_01_21,
    (SELECT count(*) FROM contrats_assistants_medicaux WHERE date_signature <= DATE '2022-05-28') AS contracts_2022_05_28;
