SELECT occurred_at, user_name, event, detail, filters
FROM audit_log
WHERE ($event IS NULL OR event = $event)
ORDER BY id DESC
LIMIT $limit;
