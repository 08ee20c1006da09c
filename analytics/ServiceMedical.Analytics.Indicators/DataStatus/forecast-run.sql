-- The forecasts of the last refresh (each refresh clears and rewrites them): the run, and how many series it forecast.
SELECT r.last_month, r.horizon, r.seconds, r.message,
       (SELECT count(*) FROM forecast_accuracy a WHERE a.chosen) AS series
FROM forecast_runs r
ORDER BY r.trained_at DESC
LIMIT 1;
