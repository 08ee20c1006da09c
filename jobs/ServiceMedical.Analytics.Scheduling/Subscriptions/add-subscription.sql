-- A new subscription, unless the same user already has this page, scope and frequency: then that one is kept.
INSERT INTO servicemedical.subscriptions (user_name, page, scope, frequency, created_at)
SELECT $user_name, $page, $scope, $frequency, $at
WHERE NOT EXISTS (
    SELECT 1 FROM servicemedical.subscriptions
    WHERE user_name = $user_name AND page = $page AND scope = $scope AND frequency = $frequency AND cancelled_at IS NULL);
