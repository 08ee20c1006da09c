-- Committed on its own before the load, so that a load cut off by a kill leaves a trace.
INSERT INTO load_registry (load_id, file_name, sha256, started_at, status)
VALUES (nextval('load_id_seq'), $file_name, $sha256, now()::TIMESTAMP, 'running')
RETURNING load_id;
