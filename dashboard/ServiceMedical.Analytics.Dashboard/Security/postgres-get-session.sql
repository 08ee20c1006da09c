SELECT ticket FROM servicemedical.sessions WHERE key = @key AND expires_at > @now;
