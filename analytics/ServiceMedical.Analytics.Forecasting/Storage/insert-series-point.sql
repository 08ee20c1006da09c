INSERT INTO forecast_series (scope, month, kind, cumulative, low80, high80, low95, high95, eligible)
VALUES ($scope, $month, $kind, $cumulative, $low80, $high80, $low95, $high95, $eligible);
