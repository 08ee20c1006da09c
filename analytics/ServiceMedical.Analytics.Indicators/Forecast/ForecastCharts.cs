using ServiceMedical.Analytics.Charts;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.ForecastAccuracy;

namespace ServiceMedical.Analytics.Indicators.Forecast;

/// <summary>The forecasts of uptake: history with its forecast and intervals, and the accuracy of each model.</summary>
public static class ForecastCharts
{
    public static ChartDrawing<ForecastRow> Uptake(ChartInput<ForecastRow> input)
    {
        var rows = input.Rows;
        IReadOnlyList<ForecastAccuracyRow> accuracy = input.Reader?.Rows(ForecastAccuracyIndicator.Instance, input.Filter) ?? [];
        var observed = rows.Where(r => !r.IsForecast).ToList();
        // An export leaves out the months it masks (the line breaks); the months ahead go with a masked last month (their
        // figures are masked with it), the bands where the intervals are.
        var ahead = rows.Where(r => r.IsForecast).ToList();
        var shown = ahead.Any(r => input.IsSecret([r], ForecastIndicator.SignersToDate)) ? observed : rows;
        var bands = ahead.Any(r => input.IsSecret([r], ForecastIndicator.IntervalColumns[0])) ? [] : Bands(shown, 0);
        var chart = new LineChart(
            [new LineSeries("Observé", [.. observed.Select(r => r.Month)], [.. observed.Select(r => input.Published([r], ForecastIndicator.SignersToDate, r.Cumulative))]), .. Continuation(shown, accuracy, 0)],
            "Bénéficiaires ayant signé (cumul)", ChartStyle.Count) { Bands = bands };
        return new($"Signataires cumulés et prévision à 12 mois{Describe(accuracy)}", chart);
    }

    public static ChartDrawing<ForecastAccuracyRow> Accuracy(ChartInput<ForecastAccuracyRow> input)
    {
        var rows = input.Rows;
        // In signers, the unit a director reads; the relative error stays in the table for the planner.
        var chart = new BarChart([.. rows.Select(r => r.Label)], [new BarSeries("Écart moyen", [.. rows.Select(r => r.Mae)])],
            "Écart moyen (signataires)", ChartStyle.Count) { Horizontal = true };
        return new("Écart moyen entre prévision et réalité, 24 derniers mois", chart);
    }

    /// <summary>France or a region (forecasts are not made below the region), over the whole history: no period applies.</summary>
    public static IndicatorFilter? Scope(IndicatorFilter filter) =>
        filter.Geography.Department is null ? filter with { By = Breakdown.None, From = null, To = null, Period = null } : null;

    /// <summary>The forecast as a dashed line from the last observed month, each point with its intervals on hover; none when there is no forecast.</summary>
    public static IEnumerable<LineSeries> Continuation(IReadOnlyList<ForecastRow> rows, IReadOnlyList<ForecastAccuracyRow> accuracy, int colour)
    {
        var ahead = rows.Where(r => r.IsForecast).ToList();
        var last = rows.LastOrDefault(r => !r.IsForecast);
        if (ahead.Count == 0 || last is null)
        {
            yield break;
        }

        var chosen = accuracy.FirstOrDefault(a => a.Chosen);
        yield return new LineSeries($"Prévision : {chosen?.Label ?? "modèle"}", [last.Month, .. ahead.Select(r => r.Month)], [last.Cumulative, .. ahead.Select(r => r.Cumulative)])
        {
            Dashed = true,
            ColorOf = colour,
            Notes = ["", .. ahead.Select(r => $" (80 % : {ChartStyle.Count(r.Low80 ?? 0)} – {ChartStyle.Count(r.High80 ?? 0)} ; 95 % : {ChartStyle.Count(r.Low95 ?? 0)} – {ChartStyle.Count(r.High95 ?? 0)})")],
        };
    }

    /// <summary>The 95 % then 80 % intervals as bands, starting at the last observed value.</summary>
    public static IReadOnlyList<BandSeries> Bands(IReadOnlyList<ForecastRow> rows, int colour)
    {
        var ahead = rows.Where(r => r.IsForecast).ToList();
        var last = rows.LastOrDefault(r => !r.IsForecast);
        if (ahead.Count == 0 || last is null)
        {
            return [];
        }

        List<DateOnly> dates = [last.Month, .. ahead.Select(r => r.Month)];
        return
        [
            new BandSeries("Intervalle à 95 %", dates, [last.Cumulative, .. ahead.Select(r => r.Low95 ?? r.Cumulative)], [last.Cumulative, .. ahead.Select(r => r.High95 ?? r.Cumulative)], colour, 0.15),
            new BandSeries("Intervalle à 80 %", dates, [last.Cumulative, .. ahead.Select(r => r.Low80 ?? r.Cumulative)], [last.Cumulative, .. ahead.Select(r => r.High80 ?? r.Cumulative)], colour, 0.3),
        ];
    }

    /// <summary>The chosen method and how far its past forecasts were from reality, for a caption: " — courbe d'adoption, écart moyen 26 signataires".</summary>
    public static string Describe(IReadOnlyList<ForecastAccuracyRow> accuracy) =>
        accuracy.FirstOrDefault(a => a.Chosen) is { } chosen
            ? $" — {ShortName(chosen.Model)}, écart moyen {ChartStyle.Count(chosen.Mae)} signataires"
            : "";

    /// <summary>A model's name short enough for a chart title.</summary>
    public static string ShortName(string model) => model switch
    {
        "naive" => "sans nouvelle signature",
        "derive" => "rythme récent prolongé",
        "tendance" => "rythme lissé, tendance amortie",
        "bass" => "courbe d'adoption",
        "fasttree" => "apprentissage automatique",
        _ => model,
    };
}
