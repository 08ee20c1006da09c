-- Backtest accuracy of every model for one scope (FR or a region); the chosen model first.
SELECT scope, model, label, mae, mase, coverage80, coverage95, chosen
FROM forecast_accuracy
WHERE scope = $zone AND beneficiary_type IS NOT DISTINCT FROM $beneficiary_type
ORDER BY chosen DESC, mase NULLS LAST, model;
