-- The rejects of one load, for the report left beside a refused file (the first thousand: enough to act on).
SELECT line, column_name, value, reason
FROM load_rejects
WHERE load_id = $load_id
ORDER BY line, column_name
LIMIT 1000;
