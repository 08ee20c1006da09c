using ServiceMedical.Analytics.Charts;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Filters;

namespace ServiceMedical.Analytics.Indicators.Uptake;

/// <summary>The charts of uptake: over the snapshots, and by zone at the last one.</summary>
internal static class UptakeCharts
{
    public static ChartDrawing<UptakeRow> OverTime(ChartInput<UptakeRow> input)
    {
        // Each point is uptake on the day it was counted, with the snapshot it was read from on hover.
        var lines = input.Rows.GroupBy(r => r.ZoneName)
            .Select(g => new LineSeries(g.Key, g.Select(r => r.MeasuredOn).ToList(), g.Select(r => r.Rate ?? 0).ToList())
            {
                Notes = [.. g.Select(r => $" (instantané du {FrenchFormat.Day(r.Snapshot)})")],
            })
            .ToList();
        return new("Taux d'adhésion par instantané d'éligibilité", new LineChart(lines, "Taux d'adhésion", ChartStyle.Percent) { Markers = true });
    }

    public static ChartDrawing<UptakeRow> ByZone(ChartInput<UptakeRow> input)
    {
        var latest = input.Rows.Count == 0 ? default : input.Rows.Max(r => r.Snapshot);
        var rows = input.Rows.Where(r => r.Snapshot == latest).OrderByDescending(r => r.Rate).ThenBy(r => r.ZoneName, StringComparer.Ordinal).ToList();
        var chart = new BarChart(rows.Select(r => r.ZoneName).ToList(), [new BarSeries("Taux d'adhésion", rows.Select(r => r.Rate ?? 0).ToList())], "Taux d'adhésion", ChartStyle.Percent)
        {
            Horizontal = true,
            Links = rows.Select(r => input.LinkOf(r.Zone)).ToList(),
        };
        var level = input.Filter.By == Breakdown.Region ? "région" : "département";
        // The snapshot it was read from is in the table beside the chart.
        return new(rows.Count == 0 ? $"Taux d'adhésion par {level}" : $"Taux d'adhésion par {level} au {FrenchFormat.Day(rows[0].MeasuredOn)}", chart, rows);
    }
}
