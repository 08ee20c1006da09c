-- Only the owner cancels, and only once.
UPDATE servicemedical.subscriptions SET cancelled_at = $at
WHERE id = $id AND user_name = $user_name AND cancelled_at IS NULL;
