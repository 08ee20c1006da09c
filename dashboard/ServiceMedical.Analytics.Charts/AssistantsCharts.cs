using ServiceMedical.Analytics.Indicators;
using ServiceMedical.Analytics.Indicators.Attainment;
using ServiceMedical.Analytics.Indicators.Contracts;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Forecasts;
using ServiceMedical.Analytics.Indicators.Support;
using ServiceMedical.Analytics.Indicators.Training;
using ServiceMedical.Analytics.Indicators.Uptake;

namespace ServiceMedical.Analytics.Charts;

/// <summary>The charts of the assistants-médicaux scheme: uptake, contracts, objectives, support, CQP training.</summary>
public static class AssistantsCharts
{
    public static DashboardChart Uptake { get; } = new("adhesion", "Taux d'adhésion par instantané d'éligibilité", "adhesion", DashboardChart.AsIs, request =>
    {
        var rows = new UptakeQuery(request.Connection, request.Horizon).Run(request.User, request.Filter);
        // Each point is uptake on the day it was counted, with the snapshot it was read from on hover.
        var lines = rows.GroupBy(r => r.ZoneName)
            .Select(g => new LineSeries(g.Key, g.Select(r => r.MeasuredOn).ToList(), g.Select(r => r.Rate ?? 0).ToList())
            {
                Notes = [.. g.Select(r => $" (instantané du {FrenchFormat.Day(r.Snapshot)})")],
            })
            .ToList();
        var chart = new LineChart(lines, "Taux d'adhésion", ChartStyle.Percent) { Markers = true };
        return request.Rendered("Taux d'adhésion par instantané d'éligibilité", chart, rows);
    });

    public static DashboardChart UptakeByZone { get; } = new("adhesion-zones", "Taux d'adhésion au dernier instantané, par zone", "adhesion", DashboardChart.ByNextLevel, request =>
    {
        var all = new UptakeQuery(request.Connection, request.Horizon).Run(request.User, request.Filter);
        var latest = all.Count == 0 ? default : all.Max(r => r.Snapshot);
        var rows = all.Where(r => r.Snapshot == latest).OrderByDescending(r => r.Rate).ThenBy(r => r.ZoneName, StringComparer.Ordinal).ToList();
        var chart = new BarChart(rows.Select(r => r.ZoneName).ToList(), [new BarSeries("Taux d'adhésion", rows.Select(r => r.Rate ?? 0).ToList())], "Taux d'adhésion", ChartStyle.Percent)
        {
            Horizontal = true,
            Links = rows.Select(r => request.ZoneLink?.Invoke(r.Zone)).ToList(),
        };
        var level = request.Filter.By == Breakdown.Region ? "région" : "département";
        // The snapshot it was read from is in the table beside the chart.
        var title = rows.Count == 0 ? $"Taux d'adhésion par {level}" : $"Taux d'adhésion par {level} au {FrenchFormat.Day(rows[0].MeasuredOn)}";
        return request.Rendered(title, chart, rows);
    });

    public static DashboardChart Contracts { get; } = new("contrats", "Contrats signés et en vigueur", "contrats",
        filter => filter.By.IsTemporal() ? filter : filter with { By = Breakdown.Month }, request =>
    {
        var rows = new ContractsOverTimeQuery(request.Connection, request.Horizon).Run(request.User, request.Filter);
        var dates = rows.Select(r => r.Period).ToList();
        var (forecast, accuracy) = ForecastOf(request, rows);
        var chart = new LineChart(
            [
                new LineSeries("Signataires (cumul)", dates, rows.Select(r => (double)r.SignersToDate).ToList()),
                new LineSeries("Contrats en vigueur", dates, rows.Select(r => (double)r.InForce).ToList()),
                new LineSeries("Contrats signés (cumul, renouvellements compris)", dates, rows.Select(r => (double)r.SignedToDate).ToList()),
                .. ForecastCharts.Continuation(forecast, accuracy, 0),
            ], "Contrats et signataires", ChartStyle.Count) { Bands = ForecastCharts.Bands(forecast, 0) };
        var title = forecast.Count > 0 ? $"Contrats signés et en vigueur, prévision{ForecastCharts.Describe(accuracy)}" : "Contrats d'assistants médicaux signés et en vigueur";
        return request.Rendered(title, chart, rows);
    });

    /// <summary>
    /// The forecast that continues the cumulative signers: only for the monthly view of France or a region, for every
    /// beneficiary or one type, with no type of centre, when the chart ends on the month the forecast starts from.
    /// </summary>
    private static (IReadOnlyList<ForecastRow> Rows, IReadOnlyList<ForecastAccuracyRow> Accuracy) ForecastOf(ChartRequest request, IReadOnlyList<ContractsOverTimeRow> rows)
    {
        var filter = request.Filter;
        if (filter.By != Breakdown.Month || filter.Geography.Department is not null || filter.CentreType is not null || rows.Count == 0)
        {
            return ([], []);
        }

        var forecast = new ForecastQuery(request.Connection, request.Horizon).Run(request.User, filter);
        var lastObserved = forecast.LastOrDefault(r => !r.IsForecast)?.Month;
        var lastShown = rows[^1].Period;
        if (lastObserved is not { } month || (month.Year, month.Month) != (lastShown.Year, lastShown.Month))
        {
            return ([], []);
        }

        return (forecast, new ForecastAccuracyQuery(request.Connection, request.Horizon).Run(request.User, filter));
    }

    public static DashboardChart Attainment { get; } = new("atteinte-objectifs", "Part des contrats à l'objectif, par année de contrat", "atteinte-objectifs", DashboardChart.AsIs, request =>
    {
        var rows = new AttainmentQuery(request.Connection, request.Horizon).Run(request.User, request.Filter);
        var years = rows.Select(r => r.ContractYear).Distinct().Order().ToList();
        var series = rows.GroupBy(r => r.BeneficiaryType).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new BarSeries(CodeLabels.Of(g.Key), years.Select(y => ChartStyle.Share(g.Where(r => r.ContractYear == y).Sum(r => r.AtObjective), g.Where(r => r.ContractYear == y).Sum(r => r.Measured))).ToList()))
            .ToList();
        var chart = new BarChart(years.Select(y => $"Année {y}").ToList(), series, "Part à l'objectif", ChartStyle.Percent);
        return request.Rendered("Part des années de contrat mesurées à l'objectif ou au-delà", chart, rows);
    });

    public static DashboardChart Conversion { get; } = new("conversion-accompagnement", "Conversion par type d'accompagnement", "conversion-accompagnement", DashboardChart.AsIs, request =>
    {
        var rows = new SupportConversionQuery(request.Connection, request.Horizon).Run(request.User, request.Filter);
        var chart = new BarChart(rows.Select(r => CodeLabels.Of(r.ActionType)).ToList(), [new BarSeries("Taux de conversion", rows.Select(r => r.Rate ?? 0).ToList())], "Taux de conversion", ChartStyle.Percent);
        return request.Rendered("Bénéficiaires accompagnés ayant signé ensuite, par type d'action", chart, rows);
    });

    public static DashboardChart TimeToSignature { get; } = new("delai-signature", "Délai du premier contact à la signature", "delai-signature", DashboardChart.AsIs, request =>
    {
        var rows = new TimeToSignatureQuery(request.Connection, request.Horizon).Run(request.User, request.Filter);
        var chart = new BarChart(rows.Select(r => CodeLabels.Of(r.BeneficiaryType)).ToList(),
            [
                new BarSeries("Médiane", rows.Select(r => r.MedianDays ?? 0).ToList()),
                new BarSeries("90e centile", rows.Select(r => r.P90Days ?? 0).ToList()),
            ], "Jours", ChartStyle.Days);
        return request.Rendered("Délai du premier contact d'accompagnement à la signature", chart, rows);
    });

    public static DashboardChart Training { get; } = new("formation-cqp", "Formation CQP des assistants médicaux", "formation-cqp", DashboardChart.ByNextLevel, request =>
    {
        var rows = new TrainingQuery(request.Connection, request.Horizon).Run(request.User, request.Filter);
        var zones = rows.GroupBy(r => (r.Zone, r.ZoneName)).OrderBy(g => g.Key.ZoneName, StringComparer.Ordinal).ToList();
        var chart = new BarChart(zones.Select(z => z.Key.ZoneName).ToList(),
            [
                new BarSeries("Certifiés", zones.Select(z => (double)z.Sum(r => r.Certified)).ToList()),
                new BarSeries("En formation", zones.Select(z => (double)z.Sum(r => r.InTraining)).ToList()),
                new BarSeries("En retard", zones.Select(z => (double)z.Sum(r => r.Overdue)).ToList()),
            ], "Stagiaires", ChartStyle.Count)
        {
            Stacked = true,
            Horizontal = true,
            Links = zones.Select(z => request.ZoneLink?.Invoke(z.Key.Zone)).ToList(),
        };
        return request.Rendered("Stagiaires CQP : certifiés, en formation, en retard", chart, rows);
    });
}
