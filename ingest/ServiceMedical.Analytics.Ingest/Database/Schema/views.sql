-- Eligibility as the indicators count it: one row per beneficiary and snapshot. A doctor practising in two
-- departments may be listed in each; they count once, in the department of lowest code (docs/data-contracts.md).
-- The other rows, rare, are listed by the materialised aggregates (refresh-aggregates.sql) and left out here:
-- an anti-join on a handful of rows, where numbering every row of every snapshot on each query would cost tenfold.
CREATE TABLE IF NOT EXISTS agg_eligibility_extra_rows AS
SELECT date_extraction, type_beneficiaire, identifiant_beneficiaire, code_departement FROM eligibilite LIMIT 0;

-- A LEFT JOIN kept where nothing matched: DuckDB then filters the snapshots a query asks for before the join, where
-- NOT EXISTS or an ANTI JOIN read every snapshot first (seven times slower on the uptake page).
CREATE OR REPLACE VIEW eligibility_by_beneficiary AS
SELECT e.*
FROM eligibilite e
LEFT JOIN agg_eligibility_extra_rows x
       ON x.date_extraction = e.date_extraction AND x.type_beneficiaire = e.type_beneficiaire
      AND x.identifiant_beneficiaire = e.identifiant_beneficiaire AND x.code_departement = e.code_departement
WHERE x.date_extraction IS NULL;
