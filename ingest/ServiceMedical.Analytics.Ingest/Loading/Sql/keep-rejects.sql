-- The first rejects of the load by line (top-N: the rest is never sorted nor copied); load_reject_counts counts them all.
INSERT INTO load_rejects (load_id, file_name, line, column_name, value, reason)
SELECT $load_id, $file_name, line, column_name, value, reason
FROM stg_rejects
ORDER BY line, column_name, reason
LIMIT $kept;
