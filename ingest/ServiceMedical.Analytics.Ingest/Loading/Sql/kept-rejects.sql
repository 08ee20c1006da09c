-- The rejects one load kept row by row (its first ones by line), at most $limit of them.
SELECT line, column_name, value, reason
FROM load_rejects
WHERE load_id = $load_id
ORDER BY line, column_name, reason
LIMIT $limit;
