-- The date rules of the assistant-médical contracts, defined once (docs/indicators.md, "Date rules"): every
-- indicator reads a contract's dates through these macros, never through its own comparisons.
--   date_debut        first day in force.
--   date_fin          last day in force: the contract is in force on that day.
--   date_resiliation  the day a termination takes effect: the contract is no longer in force on that day.
--   A contract signed but not yet started is held ("sous contrat": its beneficiary has joined the scheme)
--   but not in force ("en vigueur").

-- The first day a contract is out of force: the day after its end, or its termination if earlier.
CREATE OR REPLACE MACRO contract_out_from(date_fin, date_resiliation) AS
    least(date_fin + 1, coalesce(date_resiliation, date_fin + 1));

-- In force on day d: started, not past its end, not terminated on or before d.
CREATE OR REPLACE MACRO contract_in_force(date_debut, date_fin, date_resiliation, d) AS
    date_debut <= d AND d < contract_out_from(date_fin, date_resiliation);

-- Held on day d ("sous contrat"): signed by d, and not out of force.
CREATE OR REPLACE MACRO contract_held(date_signature, date_fin, date_resiliation, d) AS
    date_signature <= d AND d < contract_out_from(date_fin, date_resiliation);

-- Contract year y (1 to 5) runs twelve months from the start: its first day, and its last day.
CREATE OR REPLACE MACRO contract_year_start(date_debut, y) AS
    CAST(date_debut + to_years(CAST(y - 1 AS INTEGER)) AS DATE);

CREATE OR REPLACE MACRO contract_year_last_day(date_debut, y) AS
    CAST(date_debut + to_years(CAST(y AS INTEGER)) - INTERVAL 1 DAY AS DATE);
