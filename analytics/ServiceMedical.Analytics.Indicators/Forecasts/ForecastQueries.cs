using DuckDB.NET.Data;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators.Forecasts;

/// <summary>Prévision de l'adhésion: cumulative uptake of France or a region, observed then forecast (see docs/forecasts.md).</summary>
public sealed class ForecastQuery(DuckDBConnection connection, DataHorizon horizon)
{
    /// <summary>What the refresh trained the forecasts on.</summary>
    internal static readonly string[] TrainedOn = ["contrats_assistants_medicaux", "eligibilite", "actions_accompagnement"];

    internal static IndicatorSource Source { get; } = new("forecast.sql", TrainedOn);

    public IReadOnlyList<ForecastRow> Run(UserScope user, IndicatorFilter filter) =>
        IndicatorRunner.Run(connection, horizon, user, Whole(filter), Source, IndicatorShape.Forecast,
            (r, f) => new ForecastRow(r.Date(0), r.GetString(1), ZoneNames.Of(f, r.GetString(1)), r.GetString(2), r.Double(3) ?? 0,
                r.Double(4), r.Double(5), r.Double(6), r.Double(7), r.Double(8) ?? 0));

    /// <summary>
    /// A forecast covers the whole history and the months ahead, for every beneficiary or one type: the period,
    /// the breakdown and the type of centre do not apply.
    /// </summary>
    internal static IndicatorFilter Whole(IndicatorFilter filter) => filter with { From = null, To = null, Period = null, By = Breakdown.None, CentreType = null };
}

/// <summary>Précision des modèles de prévision: each model's backtest accuracy for France or a region.</summary>
public sealed class ForecastAccuracyQuery(DuckDBConnection connection, DataHorizon horizon)
{
    internal static IndicatorSource Source { get; } = new("forecast-accuracy.sql", ForecastQuery.TrainedOn);

    public IReadOnlyList<ForecastAccuracyRow> Run(UserScope user, IndicatorFilter filter) =>
        IndicatorRunner.Run(connection, horizon, user, ForecastQuery.Whole(filter), Source, IndicatorShape.Forecast,
            (r, f) => new ForecastAccuracyRow(r.GetString(0), ZoneNames.Of(f, r.GetString(0)), r.GetString(1), r.GetString(2), r.Double(3) ?? 0,
                r.Double(4), r.Double(5), r.Double(6), r.GetBoolean(7)));
}
