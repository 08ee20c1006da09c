-- CQP training by organisation (docs/indicators.md, `formation-cqp`), as of $to (the period's last day, at most
-- the data horizon): the trainees in training at some point of the period — cohort started by its end, not
-- certified before its start. The programme length is the cohort's (384 h before 2024, 279 h from
-- 1 January 2024); the expected end is the start plus 26 weeks × length / 384 (two days a week).
-- Certified: by the end of the period. Overdue: not certified, expected end passed. Completion:
-- certified / (certified + overdue). Geography is that of the funding contract.
WITH as_of AS (SELECT CAST($to AS DATE) AS day),
trainees AS (
    SELECT f.code_organisme, o.libelle, coalesce({zone}, '?') AS zone, f.heures_realisees, f.date_debut_formation,
           f.date_certification,
           (SELECT p.hours FROM ref_cqp_programme p WHERE p.starts_from <= f.date_debut_formation
            ORDER BY p.starts_from DESC LIMIT 1) AS programme_hours
    FROM formations_cqp f
    JOIN organismes_cqp o ON o.code_organisme = f.code_organisme
    LEFT JOIN contrats_assistants_medicaux c ON c.numero_contrat = f.numero_contrat
    LEFT JOIN ref_departements d ON d.code = c.code_departement
    WHERE in_geography(d.region_code, d.code, $region, $department)
      AND beneficiary_in_filter(c.type_beneficiaire, c.identifiant_beneficiaire, $beneficiary_type, $centre_type)
      AND f.date_debut_formation <= (SELECT day FROM as_of)
      AND ($from IS NULL OR f.date_certification IS NULL OR f.date_certification >= CAST($from AS DATE))
),
status AS (
    SELECT *,
           CAST(date_debut_formation + to_days(CAST(round(182 * programme_hours / 384.0) AS INTEGER)) AS DATE) AS expected_end,
           date_certification IS NOT NULL AND date_certification <= (SELECT day FROM as_of) AS certified
    FROM trainees
)
SELECT code_organisme AS organisation, libelle AS organisation_name, zone,
       count(*) AS trainees,
       count(*) FILTER (WHERE certified) AS certified,
       count(*) FILTER (WHERE NOT certified AND expected_end >= (SELECT day FROM as_of)) AS in_training,
       count(*) FILTER (WHERE NOT certified AND expected_end < (SELECT day FROM as_of)) AS overdue,
       sum(least(heures_realisees, programme_hours)) AS hours_done,
       CAST(sum(programme_hours) AS BIGINT) AS hours_planned,
       min(expected_end) FILTER (WHERE NOT certified AND expected_end >= (SELECT day FROM as_of)) AS next_expected_end
FROM status
GROUP BY code_organisme, libelle, zone
ORDER BY code_organisme, zone;
