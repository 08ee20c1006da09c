-- Every reject of one load counted by column and reason, the most frequent first.
SELECT column_name, reason, rows, first_line, example
FROM load_reject_counts
WHERE load_id = $load_id
ORDER BY rows DESC, first_line, column_name;
