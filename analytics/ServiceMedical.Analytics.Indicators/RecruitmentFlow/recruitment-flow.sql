-- Recruitment flow per campaign, profession and employer (docs/indicators.md, `recrutement-flux`), for the posts
-- whose offer was published in the period, as known on $to (the period's last day, at most the data horizon):
-- applications, admissible applications (diploma, on time) and applications heard, counted in applications;
-- posts with a retained candidate, posts filled (the nomination published), posts whose recruit took up the post
-- and posts whose nominee did not, counted in posts. Anything dated after $to is not known yet on that day.
-- A campaign is under way on $to while one of its posts may still be filled: applications still open, admissible
-- applications and no jury decision in the campaign yet, or a candidate retained whose nomination is not published;
-- six months after its last deadline, what was not done is taken as done. Its fill rate is not final: the charts leave it aside.
WITH as_of AS (SELECT CAST($to AS DATE) AS day),
posts AS (
    SELECT p.identifiant_poste, p.campagne, p.profession, p.employeur, p.date_limite_candidature AS deadline, {zone} AS zone
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
                   AND n.date_prise_fonctions <= (SELECT day FROM as_of)) AS declined,
           EXISTS (SELECT 1 FROM interviews e WHERE e.identifiant_poste = p.identifiant_poste
                   AND e.date_decision <= (SELECT day FROM as_of)) AS decided
    FROM posts p
),
pending AS (
    SELECT *,
           max(deadline) OVER campaign + INTERVAL 6 MONTH > (SELECT day FROM as_of)
           AND (bool_or(deadline >= (SELECT day FROM as_of)) OVER campaign
                OR (bool_or(admissible > 0) OVER campaign AND NOT bool_or(decided) OVER campaign)
                OR bool_or(retained AND NOT filled) OVER campaign) AS campaign_under_way
    FROM per_post
    WINDOW campaign AS (PARTITION BY campagne)
)
SELECT campagne AS campaign, profession, employeur AS employer, zone, campaign_under_way,
       count(*) AS posts,
       CAST(sum(applications) AS BIGINT) AS applications,
       CAST(sum(admissible) AS BIGINT) AS admissible,
       CAST(sum(interviewed) AS BIGINT) AS interviewed,
       count(*) FILTER (WHERE retained) AS retained,
       count(*) FILTER (WHERE filled) AS filled,
       count(*) FILTER (WHERE started) AS started,
       count(*) FILTER (WHERE declined) AS declined
FROM pending
GROUP BY campagne, profession, employeur, zone, campaign_under_way
ORDER BY campagne, profession, employeur, zone;
