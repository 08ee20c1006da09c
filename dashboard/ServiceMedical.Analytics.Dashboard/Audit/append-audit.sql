INSERT INTO audit_log (occurred_at, user_name, event, detail, filters) VALUES ($occurred_at, $user_name, $event, $detail, $filters);
