SELECT count(DISTINCT line) FROM stg_rejects;
