SELECT occurred_at, user_name, event, detail, filters, node
FROM servicemedical.audit_log
WHERE (@event::text IS NULL OR event = @event::text)
ORDER BY occurred_at DESC, id DESC
LIMIT @limit;
