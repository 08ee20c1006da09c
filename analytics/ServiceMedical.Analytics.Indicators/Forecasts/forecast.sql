-- Cumulative uptake of one scope (FR or a region), observed then forecast, as the last refresh trained it.
SELECT month, scope, kind, cumulative, low80, high80, low95, high95, eligible
FROM forecast_series
WHERE scope = $zone
ORDER BY month;
