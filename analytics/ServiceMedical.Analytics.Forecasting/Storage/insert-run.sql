INSERT INTO forecast_runs (trained_at, last_month, horizon, seconds, message)
VALUES (now()::TIMESTAMP, $last_month, $horizon, $seconds, $message);
