-- Rejects of the latest loads by file, column and reason (every reject counted, even past the ones kept row by row),
-- with the first line and value as an example.
SELECT c.load_id, c.file_name, c.column_name, c.reason, c.rows, c.first_line, c.example
FROM load_reject_counts c
WHERE c.load_id IN (SELECT load_id FROM load_registry ORDER BY load_id DESC LIMIT $loads)
ORDER BY c.load_id DESC, c.rows DESC, c.first_line
LIMIT $limit;
