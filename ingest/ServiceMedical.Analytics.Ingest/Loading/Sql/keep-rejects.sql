INSERT INTO load_rejects (load_id, file_name, line, column_name, value, reason)
SELECT $load_id, $file_name, line, column_name, value, reason
FROM stg_rejects
ORDER BY line, column_name;
