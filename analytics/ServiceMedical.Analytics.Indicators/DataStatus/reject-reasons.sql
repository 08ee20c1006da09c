-- Rejected rows of the latest loads, grouped by file, column and reason, with the first line and value as an example.
SELECT r.load_id, r.file_name, r.column_name, r.reason, count(*) AS rows, min(r.line) AS first_line, arg_min(r.value, r.line) AS example
FROM load_rejects r
WHERE r.load_id IN (SELECT load_id FROM load_registry ORDER BY load_id DESC LIMIT $loads)
GROUP BY r.load_id, r.file_name, r.column_name, r.reason
ORDER BY r.load_id DESC, rows DESC
LIMIT $limit;
