-- Cumulative uptake of one scope (FR or a region), observed then forecast, as the last refresh trained it.
SELECT month, scope, kind, cumulative, low80, high80, low95, high95, eligible
FROM forecast_series
WHERE scope = $zone AND beneficiary_type IS NOT DISTINCT FROM $beneficiary_type
ORDER BY month;
