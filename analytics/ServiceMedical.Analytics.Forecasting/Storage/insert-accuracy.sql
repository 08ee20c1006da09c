INSERT INTO forecast_accuracy (scope, beneficiary_type, model, label, mae, mase, coverage80, coverage95, chosen)
VALUES ($scope, $beneficiary_type, $model, $label, $mae, $mase, $coverage80, $coverage95, $chosen);
