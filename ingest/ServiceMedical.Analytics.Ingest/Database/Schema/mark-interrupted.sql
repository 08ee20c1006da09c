-- A load still 'running' when the database is opened was cut off (process killed): its
-- transaction never committed, so its data is absent; say so in the registry.
UPDATE load_registry
SET status = 'interrupted',
    error_message = 'chargement interrompu (processus arrêté avant la fin) : aucune donnée de ce fichier n''a été enregistrée'
WHERE status = 'running';
