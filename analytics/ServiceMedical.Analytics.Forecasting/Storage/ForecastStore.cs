using System.Diagnostics;
using DuckDB.NET.Data;
using ServiceMedical.Analytics.Forecasting.Evaluation;
using ServiceMedical.Analytics.Forecasting.History;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Forecasting.Storage;

/// <summary>
/// Trains every model on the database's history, backtests them and stores the chosen forecasts with their
/// accuracy, in one transaction (the refresh job then publishes them with the rest). A history too short to
/// backtest stores no forecast and says why.
/// </summary>
public static class ForecastStore
{
    public static ForecastRunOutcome Retrain(DuckDBConnection connection, int horizon = 12)
    {
        var clock = Stopwatch.StartNew();
        var history = UptakeHistory.Read(connection);
        IReadOnlyList<ScopeForecast> results;
        string? problem = null;
        try
        {
            results = new UptakeForecasting(UptakeForecasting.AllModels, horizon).Run(history);
        }
        catch (InvalidOperationException e)
        {
            results = [];
            problem = e.Message;
        }

        using var transaction = connection.BeginTransaction();
        connection.Execute(Sql("clear-forecasts.sql"));
        using (var points = new TableAppender(connection, "forecast_series"))
        using (var accuracy = new TableAppender(connection, "forecast_accuracy"))
        {
            foreach (var result in results)
            {
                Write(points, accuracy, history.First(s => s.Scope == result.Scope && s.BeneficiaryType == result.BeneficiaryType), result);
            }
        }

        connection.Execute(Sql("insert-run.sql"),
            ("last_month", results.Count > 0 ? results[0].LastMonth.ToDateTime(TimeOnly.MinValue) : null), ("horizon", horizon),
            ("seconds", clock.Elapsed.TotalSeconds), ("message", problem));
        transaction.Commit();
        return new ForecastRunOutcome(results.Count, clock.Elapsed, problem);
    }

    private static void Write(TableAppender points, TableAppender accuracy, UptakeSeries series, ScopeForecast forecast)
    {
        for (var t = 0; t < series.Length; t++)
        {
            points.Append(("scope", series.Scope), ("beneficiary_type", series.BeneficiaryType), ("month", series.Months[t]), ("kind", "observe"),
                ("cumulative", series.Cumulative(t)), ("low80", null), ("high80", null), ("low95", null), ("high95", null), ("eligible", series.Eligible(t)));
        }

        foreach (var p in forecast.Points)
        {
            // Tenths of a signer are enough to read; the bounds hold after rounding since they are whole numbers.
            points.Append(("scope", series.Scope), ("beneficiary_type", series.BeneficiaryType), ("month", p.Month), ("kind", "prevision"),
                ("cumulative", Math.Round(p.Value, 1)), ("low80", Math.Round(p.Low80, 1)), ("high80", Math.Round(p.High80, 1)),
                ("low95", Math.Round(p.Low95, 1)), ("high95", Math.Round(p.High95, 1)), ("eligible", forecast.Eligible));
        }

        foreach (var a in forecast.Accuracy)
        {
            accuracy.Append(("scope", series.Scope), ("beneficiary_type", series.BeneficiaryType), ("model", a.Model), ("label", a.Label), ("mae", Math.Round(a.Mae, 1)),
                ("mase", double.IsFinite(a.Mase) ? Math.Round(a.Mase, 3) : null), ("coverage80", a.Coverage80), ("coverage95", a.Coverage95), ("chosen", a.Chosen));
        }
    }

    private static string Sql(string name) => SqlResource.Load<ScopeForecast>(name);
}

/// <summary>What a retraining did: how many series it forecast and in how long, or why it forecast nothing.</summary>
public sealed record ForecastRunOutcome(int Series, TimeSpan Elapsed, string? Problem)
{
    public override string ToString() => Problem is null
        ? $"prévisions de {Series} périmètres en {Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))} s"
        : $"aucune prévision : {Problem}";
}
