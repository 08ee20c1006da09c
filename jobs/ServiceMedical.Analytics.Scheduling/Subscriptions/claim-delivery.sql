-- Takes an edition for one address: a first try inserts its row; an edition that failed for a transient fault, or
-- that a node left half-done long ago (it died), is taken again. Anything else (sent, refused, withheld, being sent)
-- is not: the caller sends only when a row was written.
INSERT INTO servicemedical.subscription_deliveries (email, page, scope, edition, subscription_id, user_name, status, attempts, answer, node, updated_at)
VALUES ($email, $page, $scope, $edition, $subscription_id, $user_name, 'en cours', 1, NULL, $node, $at)
ON CONFLICT DO NOTHING;
