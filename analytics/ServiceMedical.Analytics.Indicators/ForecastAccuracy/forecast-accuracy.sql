-- Backtest accuracy of every model for one scope (FR or a region); the chosen model first.
SELECT scope AS zone, model, label, mae, mase, coverage80, coverage95, chosen
FROM forecast_accuracy
WHERE series_in_filter(scope, beneficiary_type, $zone, $beneficiary_type)
ORDER BY chosen DESC, mase NULLS LAST, model;
