-- The columns of a table of the main schema, in their order (columns added by ALTER TABLE come last).
SELECT column_name
FROM information_schema.columns
WHERE table_schema = 'main' AND table_name = $table
ORDER BY ordinal_position;
