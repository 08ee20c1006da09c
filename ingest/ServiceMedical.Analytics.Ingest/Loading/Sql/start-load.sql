-- Committed on its own before the load, so that a load cut off by a kill leaves a trace.
-- The SHA-256 is still being computed: end-load.sql records it.
INSERT INTO load_registry (load_id, file_name, started_at, status)
VALUES (nextval('load_id_seq'), $file_name, $now, 'running')
RETURNING load_id;
