UPDATE servicemedical.subscription_deliveries
SET status = $status, answer = $answer, updated_at = $at
WHERE email = $email AND page = $page AND scope = $scope AND edition = $edition AND node = $node;
