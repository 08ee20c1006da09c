namespace ServiceMedical.Analytics.Indicators.Forecasts;

/// <summary>A month of a scope's cumulative uptake: observed, or forecast with its 80 % and 95 % intervals.</summary>
public sealed record ForecastRow(DateOnly Month, string Zone, string ZoneName, string Kind, double Cumulative,
    double? Low80, double? High80, double? Low95, double? High95, double Eligible)
{
    public const string Observed = "observe";
    public const string Forecast = "prevision";

    public bool IsForecast => Kind == Forecast;
}

/// <summary>A model's backtest accuracy for a scope; MASE below 1 beats the naive forecast.</summary>
public sealed record ForecastAccuracyRow(string Zone, string ZoneName, string Model, string Label, double Mae, double? Mase,
    double? Coverage80, double? Coverage95, bool Chosen);
