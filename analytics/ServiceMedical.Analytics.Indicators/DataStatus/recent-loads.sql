-- The latest load attempts, newest first.
SELECT load_id, file_name, dataset, file_format, encoding, rows_read, rows_accepted, rows_rejected, started_at, ended_at, status, error_message
FROM load_registry
ORDER BY load_id DESC
LIMIT $limit;
