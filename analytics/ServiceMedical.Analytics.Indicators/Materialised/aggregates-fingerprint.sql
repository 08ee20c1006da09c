-- What the materialised aggregates depend on: the size and last load of their source tables.
SELECT concat_ws('|',
    (SELECT count(*) || ':' || coalesce(max(load_id), 0) FROM contrats_assistants_medicaux),
    (SELECT count(*) || ':' || coalesce(max(load_id), 0) FROM activite_mesuree),
    (SELECT count(*) || ':' || coalesce(max(load_id), 0) FROM eligibilite),
    (SELECT count(*) || ':' || coalesce(max(load_id), 0) FROM centres_sante));
