SELECT id, user_name, page, scope, frequency, created_at, cancelled_at
FROM servicemedical.subscriptions
WHERE (CAST($user_name AS VARCHAR) IS NULL OR user_name = $user_name) AND ($active = FALSE OR cancelled_at IS NULL)
ORDER BY created_at, id;
