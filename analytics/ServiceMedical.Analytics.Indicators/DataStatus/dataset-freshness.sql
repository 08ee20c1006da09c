-- Per dataset: its last successful load (when, which file, rows accepted) and its last attempt's status.
-- {row_counts} is a fixed UNION ALL over the contract tables (their names come from code, never from input).
WITH counts AS ({row_counts}),
last_success AS (
    SELECT dataset, max(ended_at) AS loaded_at, arg_max(file_name, ended_at) AS file_name, arg_max(rows_accepted, ended_at) AS rows_accepted
    FROM load_registry WHERE status = 'succeeded' GROUP BY dataset
),
last_attempt AS (
    SELECT dataset, arg_max(status, started_at) AS status, arg_max(error_message, started_at) AS error_message
    FROM load_registry WHERE dataset IS NOT NULL GROUP BY dataset
)
SELECT c.dataset, c.rows, s.loaded_at, s.file_name, s.rows_accepted, a.status, a.error_message
FROM counts c
LEFT JOIN last_success s ON s.dataset = c.dataset
LEFT JOIN last_attempt a ON a.dataset = c.dataset
ORDER BY c.ordinal;
