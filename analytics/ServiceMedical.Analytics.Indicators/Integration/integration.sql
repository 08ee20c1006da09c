-- Integration of the recruits hired in the period (docs/indicators.md, `integration`), as of $to (the period's
-- last day, at most the data horizon): a tutor designated within the quarter after hiring (on or before the same
-- day three calendar months later), and the modular path completed within 12 months (on or before the same day
-- twelve months later). What was recorded after $to is not known yet on that day: a figure for a past period does
-- not change when a later extract adds a tutor or a completion. "Pending" counts the recruits still inside the
-- window on $to.
WITH as_of AS (SELECT CAST($to AS DATE) AS day),
recruits AS (
    SELECT {zone} AS zone, p.employeur, i.date_embauche,
           CASE WHEN i.date_designation_tuteur <= (SELECT day FROM as_of) THEN i.date_designation_tuteur END AS date_designation_tuteur,
           CASE WHEN i.date_fin_parcours <= (SELECT day FROM as_of) THEN i.date_fin_parcours END AS date_fin_parcours,
           CAST(i.date_embauche + INTERVAL 3 MONTH AS DATE) AS tutor_due,
           CAST(i.date_embauche + INTERVAL 12 MONTH AS DATE) AS path_due
    FROM parcours_integration i
    JOIN candidatures c ON c.identifiant_candidature = i.identifiant_candidature
    JOIN postes_recrutement p ON p.identifiant_poste = c.identifiant_poste
    JOIN (SELECT code AS region_code FROM ref_regions) d ON d.region_code = p.code_region
    WHERE in_geography(d.region_code, NULL, $region, $department)
      AND post_in_filter(p.profession, p.employeur, $profession, $employer)
      AND in_period(i.date_embauche, $from, $to)
)
SELECT employeur AS employer, zone, count(*) AS recruits,
       count(*) FILTER (WHERE date_designation_tuteur <= tutor_due) AS tutor_in_quarter,
       count(*) FILTER (WHERE date_designation_tuteur > tutor_due) AS tutor_late,
       count(*) FILTER (WHERE date_designation_tuteur IS NULL AND tutor_due < (SELECT day FROM as_of)) AS tutor_missing,
       count(*) FILTER (WHERE date_designation_tuteur IS NULL AND tutor_due >= (SELECT day FROM as_of)) AS tutor_pending,
       count(*) FILTER (WHERE date_fin_parcours <= path_due) AS path_in_12_months,
       count(*) FILTER (WHERE date_fin_parcours > path_due) AS path_late,
       count(*) FILTER (WHERE date_fin_parcours IS NULL AND path_due < (SELECT day FROM as_of)) AS path_overdue,
       count(*) FILTER (WHERE date_fin_parcours IS NULL AND path_due >= (SELECT day FROM as_of)) AS path_pending
FROM recruits
GROUP BY employeur, zone
ORDER BY employeur, zone;
