using ServiceMedical.Analytics.Indicators.Catalog;

namespace ServiceMedical.Analytics.Indicators.ForecastAccuracy;

/// <summary>A model's backtest accuracy for a scope; MASE below 1 beats the naive forecast.</summary>
public sealed record ForecastAccuracyRow : ZonedRow
{

    public string Model { get; init; } = "";

    public string Label { get; init; } = "";

    public double Mae { get; init; }

    public double? Mase { get; init; }

    public double? Coverage80 { get; init; }

    public double? Coverage95 { get; init; }

    public bool Chosen { get; init; }
}
