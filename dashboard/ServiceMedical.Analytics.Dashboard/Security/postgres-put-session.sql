INSERT INTO servicemedical.sessions (key, ticket, expires_at) VALUES (@key, @ticket, @expires_at)
ON CONFLICT (key) DO UPDATE SET ticket = excluded.ticket, expires_at = excluded.expires_at;
