INSERT INTO forecast_series (scope, beneficiary_type, month, kind, cumulative, low80, high80, low95, high95, eligible)
VALUES ($scope, $beneficiary_type, $month, $kind, $cumulative, $low80, $high80, $low95, $high95, $eligible);
