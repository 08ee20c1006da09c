-- When the data were last loaded (end of the last successful load) and when they were last published.
SELECT (SELECT max(ended_at) FROM load_registry WHERE status = 'succeeded') AS last_load,
       (SELECT max(published_at) FROM publication) AS published_at;
