-- Recruitment flow per campaign, profession and employer (docs/indicators.md, `recrutement-flux`), for the posts
-- whose offer was published in the period, as known on $to (the period's last day, at most the data horizon):
-- applications, admissible applications (diploma, on time) and applications heard, counted in applications;
-- posts with a retained candidate, posts filled (the nomination published), posts whose recruit took up the post
-- and posts whose nominee did not, counted in posts. Anything dated after $to is not known yet on that day.
WITH as_of AS (SELECT CAST($to AS DATE) AS day),
posts AS (
    SELECT p.identifiant_poste, p.campagne, p.profession, p.employeur, {zone} AS zone
    FROM postes_recrutement p
    JOIN (SELECT code AS region_code FROM ref_regions) d ON d.region_code = p.code_region
    WHERE in_geography(d.region_code, NULL, $region, $department)
      AND post_in_filter(p.profession, p.employeur, $profession, $employer)
      AND in_period(p.date_publication, $from, $to)
),
applications AS (
    SELECT * FROM candidatures WHERE date_candidature <= (SELECT day FROM as_of)
),
interviews AS (
    SELECT * FROM entretiens WHERE date_entretien <= (SELECT day FROM as_of)
),
nominated AS (
    SELECT * FROM nominations WHERE date_publication <= (SELECT day FROM as_of)
),
per_post AS (
    SELECT p.*,
           (SELECT count(*) FROM applications c WHERE c.identifiant_poste = p.identifiant_poste) AS applications,
           (SELECT count(*) FROM applications c WHERE c.identifiant_poste = p.identifiant_poste AND c.recevable) AS admissible,
           (SELECT count(DISTINCT e.identifiant_candidature) FROM interviews e WHERE e.identifiant_poste = p.identifiant_poste) AS interviewed,
           EXISTS (SELECT 1 FROM interviews e WHERE e.identifiant_poste = p.identifiant_poste AND e.decision = 'retenu'
                   AND e.date_decision <= (SELECT day FROM as_of)) AS retained,
           EXISTS (SELECT 1 FROM nominated n WHERE n.identifiant_poste = p.identifiant_poste) AS filled,
           EXISTS (SELECT 1 FROM nominated n WHERE n.identifiant_poste = p.identifiant_poste AND n.prise_de_poste_effective
                   AND n.date_prise_fonctions <= (SELECT day FROM as_of)) AS started,
           EXISTS (SELECT 1 FROM nominated n WHERE n.identifiant_poste = p.identifiant_poste AND NOT n.prise_de_poste_effective
                   AND n.date_prise_fonctions <= (SELECT day FROM as_of)) AS declined
    FROM posts p
)
SELECT campagne AS campaign, profession, employeur AS employer, zone,
       count(*) AS posts,
       CAST(sum(applications) AS BIGINT) AS applications,
       CAST(sum(admissible) AS BIGINT) AS admissible,
       CAST(sum(interviewed) AS BIGINT) AS interviewed,
       count(*) FILTER (WHERE retained) AS retained,
       count(*) FILTER (WHERE filled) AS filled,
       count(*) FILTER (WHERE started) AS started,
       count(*) FILTER (WHERE declined) AS declined
FROM per_post
GROUP BY campagne, profession, employeur, zone
ORDER BY campagne, profession, employeur, zone;
