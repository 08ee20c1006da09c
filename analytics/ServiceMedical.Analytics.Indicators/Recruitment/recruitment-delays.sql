-- Delays of the posts filled, for the posts whose offer was published in the period, in days:
-- application deadline → decision (the 'retenu' decision), decision → publication of the list,
-- publication → start date. Median and 90th percentile.
WITH filled AS (
    SELECT p.profession, p.employeur, {zone} AS zone,
           date_diff('day', p.date_limite_candidature, e.date_decision) AS to_decision,
           date_diff('day', e.date_decision, n.date_publication) AS to_publication,
           date_diff('day', n.date_publication, n.date_prise_fonctions) AS to_start
    FROM postes_recrutement p
    JOIN (SELECT code AS region_code FROM ref_regions) d ON d.region_code = p.code_region
    JOIN nominations n ON n.identifiant_poste = p.identifiant_poste
    JOIN entretiens e ON e.identifiant_poste = n.identifiant_poste AND e.identifiant_candidature = n.identifiant_candidature AND e.decision = 'retenu'
    WHERE ($region IS NULL OR d.region_code = $region)
      AND ($profession IS NULL OR p.profession = $profession)
      AND ($employer IS NULL OR p.employeur = $employer)
      AND ($from IS NULL OR p.date_publication >= CAST($from AS DATE))
      AND ($to IS NULL OR p.date_publication <= CAST($to AS DATE))
)
SELECT profession, employeur, zone, count(*) AS posts_filled,
       median(to_decision) AS decision_median, quantile_cont(to_decision, 0.9) AS decision_p90,
       median(to_publication) AS publication_median, quantile_cont(to_publication, 0.9) AS publication_p90,
       median(to_start) AS start_median, quantile_cont(to_start, 0.9) AS start_p90
FROM filled
GROUP BY profession, employeur, zone
ORDER BY profession, employeur, zone;
