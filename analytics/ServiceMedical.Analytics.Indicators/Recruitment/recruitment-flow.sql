-- Recruitment flow per campaign, profession and employer, for the posts whose offer was published in
-- the period: posts opened → applications → admissible (diploma, on time) → interviewed → retained →
-- nominated (list published) → started (took up the post).
WITH posts AS (
    SELECT p.identifiant_poste, p.campagne, p.profession, p.employeur, {zone} AS zone
    FROM postes_recrutement p
    JOIN (SELECT code AS region_code FROM ref_regions) d ON d.region_code = p.code_region
    WHERE ($region IS NULL OR d.region_code = $region)
      AND ($profession IS NULL OR p.profession = $profession)
      AND ($employer IS NULL OR p.employeur = $employer)
      AND ($from IS NULL OR p.date_publication >= CAST($from AS DATE))
      AND ($to IS NULL OR p.date_publication <= CAST($to AS DATE))
),
per_post AS (
    SELECT p.*,
           (SELECT count(*) FROM candidatures c WHERE c.identifiant_poste = p.identifiant_poste) AS applications,
           (SELECT count(*) FROM candidatures c WHERE c.identifiant_poste = p.identifiant_poste AND c.recevable) AS admissible,
           (SELECT count(DISTINCT e.identifiant_candidature) FROM entretiens e WHERE e.identifiant_poste = p.identifiant_poste) AS interviewed,
           EXISTS (SELECT 1 FROM entretiens e WHERE e.identifiant_poste = p.identifiant_poste AND e.decision = 'retenu') AS retained,
           EXISTS (SELECT 1 FROM nominations n WHERE n.identifiant_poste = p.identifiant_poste) AS nominated,
           EXISTS (SELECT 1 FROM nominations n WHERE n.identifiant_poste = p.identifiant_poste AND n.prise_de_poste_effective) AS started
    FROM posts p
)
SELECT campagne, profession, employeur, zone,
       count(*) AS posts,
       CAST(sum(applications) AS BIGINT) AS applications,
       CAST(sum(admissible) AS BIGINT) AS admissible,
       CAST(sum(interviewed) AS BIGINT) AS interviewed,
       count(*) FILTER (WHERE retained) AS retained,
       count(*) FILTER (WHERE nominated) AS nominated,
       count(*) FILTER (WHERE started) AS started
FROM per_post
GROUP BY campagne, profession, employeur, zone
ORDER BY campagne, profession, employeur, zone;
