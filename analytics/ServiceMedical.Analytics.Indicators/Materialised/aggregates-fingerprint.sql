-- What the materialised aggregates depend on: the size and last load of their source tables, and the contracts'
-- extract date (the day the last snapshot's uptake is counted on).
SELECT concat_ws('|',
    (SELECT count(*) || ':' || coalesce(max(load_id), 0) FROM contrats_assistants_medicaux),
    (SELECT count(*) || ':' || coalesce(max(load_id), 0) FROM activite_mesuree),
    (SELECT count(*) || ':' || coalesce(max(load_id), 0) FROM eligibilite),
    (SELECT count(*) || ':' || coalesce(max(load_id), 0) FROM centres_sante),
    (SELECT coalesce(CAST(max(extract_date) AS VARCHAR), '') FROM load_registry WHERE dataset = 'contrats_assistants_medicaux' AND status = 'succeeded'));
