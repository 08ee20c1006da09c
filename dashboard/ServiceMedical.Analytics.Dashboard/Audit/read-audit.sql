SELECT occurred_at, user_name, event, detail, filters, node
FROM audit_log
WHERE ($event IS NULL OR event = $event)
ORDER BY occurred_at DESC, id DESC
LIMIT $limit;
