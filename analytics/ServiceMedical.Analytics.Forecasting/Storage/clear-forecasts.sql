-- A training replaces the previous one whole.
DELETE FROM forecast_series;
DELETE FROM forecast_accuracy;
DELETE FROM forecast_runs;
