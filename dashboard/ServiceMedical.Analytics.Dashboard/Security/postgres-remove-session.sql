DELETE FROM servicemedical.sessions WHERE key = @key;
