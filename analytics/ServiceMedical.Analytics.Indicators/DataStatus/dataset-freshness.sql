-- Per dataset: rows held, extract date (the day its figures are complete to, and whether a file name declared it),
-- its last successful load (when, which file, rows accepted) and its last attempt's status.
WITH last_success AS (
    SELECT dataset, max(ended_at) AS loaded_at, arg_max(file_name, ended_at) AS file_name, arg_max(rows_accepted, ended_at) AS rows_accepted
    FROM load_registry WHERE status = 'succeeded' GROUP BY dataset
),
last_attempt AS (
    SELECT dataset, arg_max(status, started_at) AS status, arg_max(error_message, started_at) AS error_message
    FROM load_registry WHERE dataset IS NOT NULL GROUP BY dataset
)
SELECT x.dataset, x.rows, s.loaded_at, s.file_name, s.rows_accepted, a.status, a.error_message,
       x.extract_date, x.declared IS NOT NULL AND x.declared >= coalesce(x.latest, x.declared) AS declared
FROM dataset_extracts x
LEFT JOIN last_success s ON s.dataset = x.dataset
LEFT JOIN last_attempt a ON a.dataset = x.dataset
ORDER BY x.ordinal;
