-- Delays of the posts filled (docs/indicators.md, `recrutement-delais`), for the posts whose offer was published
-- in the period, as known on $to (the period's last day, at most the data horizon), in days: application
-- deadline → decision (the 'retenu' decision), decision → publication of the list, publication → start date (for
-- the recruits whose start date has come, counted: the last delays rest on them). Median and 90th percentile.
WITH as_of AS (SELECT CAST($to AS DATE) AS day),
filled AS (
    SELECT p.profession, p.employeur, {zone} AS zone,
           date_diff('day', p.date_limite_candidature, e.date_decision) AS to_decision,
           date_diff('day', e.date_decision, n.date_publication) AS to_publication,
           CASE WHEN n.date_prise_fonctions <= (SELECT day FROM as_of) THEN date_diff('day', n.date_publication, n.date_prise_fonctions) END AS to_start
    FROM postes_recrutement p
    JOIN (SELECT code AS region_code FROM ref_regions) d ON d.region_code = p.code_region
    JOIN nominations n ON n.identifiant_poste = p.identifiant_poste
    JOIN entretiens e ON e.identifiant_poste = n.identifiant_poste AND e.identifiant_candidature = n.identifiant_candidature AND e.decision = 'retenu'
    WHERE in_geography(d.region_code, NULL, $region, $department)
      AND post_in_filter(p.profession, p.employeur, $profession, $employer)
      AND in_period(p.date_publication, $from, $to)
      AND n.date_publication <= (SELECT day FROM as_of)
)
SELECT profession, employeur AS employer, zone, count(*) AS posts_filled, count(to_start) AS started, count(*) - count(to_start) AS starts_to_come,
       median(to_decision) AS decision_median, quantile_cont(to_decision, 0.9) AS decision_p90,
       median(to_publication) AS publication_median, quantile_cont(to_publication, 0.9) AS publication_p90,
       median(to_start) AS start_median, quantile_cont(to_start, 0.9) AS start_p90
FROM filled
GROUP BY profession, employeur, zone
ORDER BY profession, employeur, zone;
