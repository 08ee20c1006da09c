-- Every reject of the load counted by column and reason, with the first line and its value as an example.
INSERT INTO load_reject_counts (load_id, file_name, column_name, reason, rows, first_line, example)
SELECT $load_id, $file_name, column_name, reason, count(*), min(line), arg_min(value, line)
FROM stg_rejects
GROUP BY column_name, reason;
