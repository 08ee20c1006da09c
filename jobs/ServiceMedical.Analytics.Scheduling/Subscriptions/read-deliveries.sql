SELECT subscription_id, user_name, page, scope, edition, email, status, attempts, answer, node, updated_at
FROM servicemedical.subscription_deliveries
WHERE (CAST($user_name AS VARCHAR) IS NULL OR user_name = $user_name)
ORDER BY updated_at DESC
LIMIT $limit;
