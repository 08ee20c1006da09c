INSERT INTO forecast_accuracy (scope, model, label, mae, mase, coverage80, coverage95, chosen)
VALUES ($scope, $model, $label, $mae, $mase, $coverage80, $coverage95, $chosen);
