-- Backtest accuracy of every model for one scope (FR or a region); the chosen model first.
SELECT scope, model, label, mae, mase, coverage80, coverage95, chosen
FROM forecast_accuracy
WHERE scope = $zone
ORDER BY chosen DESC, mase NULLS LAST, model;
