-- A succeeded load of exactly this content (same SHA-256) makes a new load a no-op.
SELECT load_id, dataset, rows_read, rows_accepted, rows_rejected
FROM load_registry
WHERE sha256 = $sha256 AND status = 'succeeded'
ORDER BY load_id
LIMIT 1;
