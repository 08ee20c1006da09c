-- A load by its number, or the latest load of a file name, or (neither given) the latest load that rejected anything.
SELECT load_id, file_name, dataset, status, rows_read, rows_rejected, started_at, error_message
FROM load_registry
WHERE ($load_id IS NULL OR load_id = $load_id)
  AND ($file_name IS NULL OR file_name = $file_name)
  AND ($load_id IS NOT NULL OR $file_name IS NOT NULL OR load_id IN (SELECT load_id FROM load_reject_counts))
ORDER BY load_id DESC
LIMIT 1;
