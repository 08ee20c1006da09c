-- Jury compliance (arrêté du 21 décembre 2018; docs/indicators.md, `jurys`), for the interviews held in the
-- period (to $to, at most the data horizon): the four
-- members always (médecin-conseil régional, adjoint, praticien chef de service, RH of the CNAM), the
-- DG of the ARS or a representative for ARS posts, and 45 minutes.
WITH interviews AS (
    SELECT p.employeur, {zone} AS zone,
           e.jury_medecin_conseil_regional AND e.jury_medecin_conseil_regional_adjoint
               AND e.jury_praticien_chef_service AND e.jury_rh_cnam AS complete,
           p.employeur = 'ars' AS ars_post,
           e.jury_ars AS ars_member,
           e.duree_minutes = 45 AS forty_five
    FROM entretiens e
    JOIN postes_recrutement p ON p.identifiant_poste = e.identifiant_poste
    JOIN (SELECT code AS region_code FROM ref_regions) d ON d.region_code = p.code_region
    WHERE in_geography(d.region_code, NULL, $region, $department)
      AND post_in_filter(p.profession, p.employeur, $profession, $employer)
      AND in_period(e.date_entretien, $from, $to)
)
SELECT employeur AS employer, zone, count(*) AS interviews,
       count(*) FILTER (WHERE complete) AS complete_jury,
       count(*) FILTER (WHERE ars_post) AS ars_interviews,
       count(*) FILTER (WHERE ars_post AND ars_member) AS ars_member_present,
       count(*) FILTER (WHERE forty_five) AS forty_five_minutes,
       count(*) FILTER (WHERE complete AND (NOT ars_post OR ars_member) AND forty_five) AS compliant
FROM interviews
GROUP BY employeur, zone
ORDER BY employeur, zone;
