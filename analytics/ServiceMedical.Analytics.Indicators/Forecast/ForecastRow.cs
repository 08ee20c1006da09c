using ServiceMedical.Analytics.Indicators.Catalog;

namespace ServiceMedical.Analytics.Indicators.Forecast;

/// <summary>A month of a scope's cumulative uptake: observed, or forecast with its 80 % and 95 % intervals.</summary>
public sealed record ForecastRow : ZonedRow
{
    public const string Observed = "observe";
    public const string Forecast = "prevision";

    public DateOnly Month { get; init; }

    public string Kind { get; init; } = "";

    public double Cumulative { get; init; }

    public double? Low80 { get; init; }

    public double? High80 { get; init; }

    public double? Low95 { get; init; }

    public double? High95 { get; init; }

    public double Eligible { get; init; }

    public bool IsForecast => Kind == Forecast;
}
