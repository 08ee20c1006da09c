-- A load found to bring content already loaded leaves no trace, as if it had been skipped at once.
DELETE FROM load_registry WHERE load_id = $load_id;
