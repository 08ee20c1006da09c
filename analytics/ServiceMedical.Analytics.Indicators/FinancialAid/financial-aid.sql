-- Estimated aid committed to the assistant-médical contracts (FinancialAid/definition.md, `aide-financiere`), per calendar
-- year, zone and type of beneficiary. Each contract year's aid is committed on its first day (contract_year_start,
-- date-rules.sql) when the contract is in force that day: a contract terminated in year 2 commits no aid for year 3. Its
-- amount is the contract's ETP × the aid per full-time assistant for that contract year (the year 3 amount from year 3
-- on), in the schedule of its type of beneficiary in force on the signature day (the earliest one before it exists).
-- Counted from $from (or the first contract) to $to (the period's last day, at most the data horizon).
WITH schedule(type_beneficiaire, valid_from, contract_year, amount_per_etp) AS (
    VALUES
        -- Avenant 3 to the centres' national agreement (February 2020): 36 k€, 27 k€, then 21 k€ a year per full-time assistant.
        ('centre_sante', DATE '2020-02-01', 1, 36000.0), ('centre_sante', DATE '2020-02-01', 2, 27000.0), ('centre_sante', DATE '2020-02-01', 3, 21000.0),
        -- Avenant 7 to the médecins' national agreement (2019): the same amounts per full-time assistant.
        ('medecin_liberal', DATE '2019-08-01', 1, 36000.0), ('medecin_liberal', DATE '2019-08-01', 2, 27000.0), ('medecin_liberal', DATE '2019-08-01', 3, 21000.0)
),
-- Each contract's schedule: the latest of its type in force on its signature day, else the earliest.
contracts AS (
    SELECT c.numero_contrat, CAST(c.type_beneficiaire AS VARCHAR) AS type_beneficiaire, c.etp_assistants, c.date_debut, c.date_fin,
           c.date_resiliation, {zone} AS zone,
           coalesce(max(v.valid_from) FILTER (WHERE v.valid_from <= c.date_signature), min(v.valid_from)) AS valid_from
    FROM contrats_assistants_medicaux c
    JOIN ref_departements d ON d.code = c.code_departement
    JOIN (SELECT DISTINCT type_beneficiaire, valid_from FROM schedule) v ON v.type_beneficiaire = CAST(c.type_beneficiaire AS VARCHAR)
    WHERE in_geography(d.region_code, d.code, $region, $department)
      AND beneficiary_in_filter(c.type_beneficiaire, c.identifiant_beneficiaire, $beneficiary_type, $centre_type)
    GROUP BY ALL
),
committed AS (
    SELECT k.type_beneficiaire, k.etp_assistants, k.zone, s.amount_per_etp, contract_year_start(k.date_debut, y.contract_year) AS committed_on
    FROM contracts k
    CROSS JOIN (SELECT range AS contract_year FROM range(1, 6)) y
    JOIN schedule s ON s.type_beneficiaire = k.type_beneficiaire AND s.valid_from = k.valid_from AND s.contract_year = least(y.contract_year, 3)
    WHERE contract_in_force(k.date_debut, k.date_fin, k.date_resiliation, contract_year_start(k.date_debut, y.contract_year))
      AND in_period(contract_year_start(k.date_debut, y.contract_year), $from, $to)
)
SELECT CAST(year(committed_on) AS INTEGER) AS year, zone, type_beneficiaire AS beneficiary_type,
       count(*) AS contract_years,
       CAST(sum(etp_assistants) AS DOUBLE) AS full_time_equivalents,
       CAST(sum(etp_assistants * amount_per_etp) AS DOUBLE) AS aid
FROM committed
GROUP BY ALL
ORDER BY year, zone, beneficiary_type;
