-- The scope and period of a filter, defined once (docs/indicators.md, "Filters"): every indicator selects its rows through
-- these macros, never through its own comparisons. A regional user's region is set on the filter before any query
-- runs (UserScope.Authorize); these predicates are what then keeps every other region's rows out. An argument
-- asked_* that is NULL does not restrict.

-- A row of a department (and its region) within the geography asked. A row known by its region only (recruitment
-- posts) passes NULL as its department: no department asked, or none matches.
CREATE OR REPLACE MACRO in_geography(row_region, row_department, asked_region, asked_department) AS
    (asked_region IS NULL OR row_region = asked_region)
    AND (asked_department IS NULL OR row_department = asked_department);

-- A beneficiary of the type asked and, for health centres, of the type of centre asked (from the FINESS list).
CREATE OR REPLACE MACRO beneficiary_in_filter(row_type, row_identifier, asked_type, asked_centre_type) AS
    (asked_type IS NULL OR row_type = asked_type)
    AND (asked_centre_type IS NULL OR row_identifier IN (SELECT finess FROM centres_sante WHERE type_centre = asked_centre_type));

-- The same, for rows already aggregated with their type of centre (agg_uptake).
CREATE OR REPLACE MACRO aggregate_in_filter(row_type, row_centre_type, asked_type, asked_centre_type) AS
    (asked_type IS NULL OR row_type = asked_type)
    AND (asked_centre_type IS NULL OR row_centre_type = asked_centre_type);

-- A recruitment post of the profession and employer asked.
CREATE OR REPLACE MACRO post_in_filter(row_profession, row_employer, asked_profession, asked_employer) AS
    (asked_profession IS NULL OR row_profession = asked_profession)
    AND (asked_employer IS NULL OR row_employer = asked_employer);

-- A stored series (forecasts) of the scope asked — FR, a region — and of the type of beneficiary asked, or of all
-- beneficiaries when none is asked.
CREATE OR REPLACE MACRO series_in_filter(row_scope, row_type, asked_scope, asked_type) AS
    row_scope = asked_scope AND row_type IS NOT DISTINCT FROM asked_type;

-- A day within the period asked: from its first day (NULL: from the first data) to its last day, which is never past the
-- data horizon (ReportingPeriod).
CREATE OR REPLACE MACRO in_period(day, asked_from, asked_to) AS
    (asked_from IS NULL OR day >= CAST(asked_from AS DATE)) AND day <= CAST(asked_to AS DATE);
