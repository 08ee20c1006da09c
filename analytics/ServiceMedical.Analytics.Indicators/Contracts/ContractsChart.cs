using ServiceMedical.Analytics.Charts;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Forecast;
using ServiceMedical.Analytics.Indicators.ForecastAccuracy;

namespace ServiceMedical.Analytics.Indicators.Contracts;

/// <summary>Contracts and signers over time, continued by the forecast of signers where one applies.</summary>
internal static class ContractsChart
{
    /// <summary>The table's columns the chart draws.</summary>
    public const string SignedToDate = "Contrats signés cumulés", SignersToDate = "Signataires cumulés", InForce = "Contrats en vigueur en fin de période";

    public static ChartDrawing<ContractsOverTimeRow> Draw(ChartInput<ContractsOverTimeRow> input)
    {
        // Months before the first contract count zeros: a period that holds only those has nothing to draw.
        var rows = input.Rows.All(r => r.SignersToDate == 0 && r.InForce == 0 && r.SignedToDate == 0) ? [] : input.Rows;
        var dates = rows.Select(r => r.Period).ToList();
        // An export leaves out the months it masks (the line breaks), and the forecast when it starts from a masked month.
        var (forecast, accuracy) = rows.Count > 0 && input.IsSecret([rows[^1]], SignersToDate) ? ([], []) : ForecastOf(input);
        // The intervals rest on the eligible population (an upper bound held at it gives it back): the forecast's export
        // masks them where it is small, and so does this chart's, which leaves the bands out.
        var intervalsSecret = input.Reader is { } reader && forecast.Any(r => r.IsForecast && reader.Secrecy.IsSmall(Secrecy.TableSecrecy.CountOf(r.Eligible)));
        var chart = new LineChart(
            [
                new LineSeries("Signataires (cumul)", dates, rows.Select(r => input.Published([r], SignersToDate, r.SignersToDate)).ToList()),
                new LineSeries("Contrats en vigueur", dates, rows.Select(r => input.Published([r], InForce, r.InForce)).ToList()),
                new LineSeries("Contrats signés (cumul, renouvellements compris)", dates, rows.Select(r => input.Published([r], SignedToDate, r.SignedToDate)).ToList()),
                .. ForecastCharts.Continuation(forecast, accuracy, 0),
            ], "Contrats et signataires", ChartStyle.Count) { Bands = input.ForExport && intervalsSecret ? [] : ForecastCharts.Bands(forecast, 0) };
        return new(forecast.Count > 0 ? $"Contrats signés et en vigueur, prévision{ForecastCharts.Describe(accuracy)}" : "Contrats d'assistants médicaux signés et en vigueur", chart)
        {
            ShowsOthersSecrets = intervalsSecret,
        };
    }

    /// <summary>
    /// The forecast that continues the cumulative signers: only for the monthly view of France or a region, for every
    /// beneficiary or one type, with no type of centre, when the chart ends on the month the forecast starts from.
    /// </summary>
    private static (IReadOnlyList<ForecastRow> Rows, IReadOnlyList<ForecastAccuracyRow> Accuracy) ForecastOf(ChartInput<ContractsOverTimeRow> input)
    {
        var filter = input.Filter;
        if (input.Reader is null || filter.By != Breakdown.Month || filter.Geography.Department is not null || filter.CentreType is not null || input.Rows.All(r => r.SignedToDate == 0))
        {
            return ([], []);
        }

        var forecast = input.Reader.Rows(ForecastIndicator.Instance, filter);
        var lastObserved = forecast.LastOrDefault(r => !r.IsForecast)?.Month;
        var lastShown = input.Rows[^1].Period;
        if (lastObserved is not { } month || (month.Year, month.Month) != (lastShown.Year, lastShown.Month))
        {
            return ([], []);
        }

        return (forecast, input.Reader.Rows(ForecastAccuracyIndicator.Instance, filter));
    }
}
