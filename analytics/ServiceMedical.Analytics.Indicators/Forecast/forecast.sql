-- Cumulative uptake of one scope (FR or a region), observed then forecast, as the last refresh trained it.
SELECT month, scope AS zone, kind, cumulative, low80, high80, low95, high95, eligible
FROM forecast_series
WHERE series_in_filter(scope, beneficiary_type, $zone, $beneficiary_type)
ORDER BY month;
