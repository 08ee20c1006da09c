UPDATE servicemedical.subscription_deliveries
SET status = 'en cours', attempts = attempts + 1, node = $node, updated_at = $at, subscription_id = $subscription_id, user_name = $user_name
WHERE email = $email AND page = $page AND scope = $scope AND edition = $edition
  AND (status = 'échec' OR (status = 'en cours' AND updated_at < $stale_before));
