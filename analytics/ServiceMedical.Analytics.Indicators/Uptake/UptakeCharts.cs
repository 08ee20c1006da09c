using ServiceMedical.Analytics.Charts;
using ServiceMedical.Analytics.Charts.Maps;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Filters;

namespace ServiceMedical.Analytics.Indicators.Uptake;

/// <summary>The charts of uptake: over the snapshots, and by zone at the last one (bars and map).</summary>
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
        var rows = LatestBestFirst(input);
        var chart = new BarChart(rows.Select(r => r.ZoneName).ToList(), [new BarSeries("Taux d'adhésion", rows.Select(r => r.Rate ?? 0).ToList())], "Taux d'adhésion", ChartStyle.Percent)
        {
            Horizontal = true,
            Links = rows.Select(r => input.LinkOf(r.Zone)).ToList(),
        };
        return new(TitleByZone(input.Filter, rows), chart, rows);
    }

    /// <summary>The same figures as <see cref="ByZone"/> on a map of the regions, or of the region's departments.</summary>
    public static ChartDrawing<UptakeRow> Map(ChartInput<UptakeRow> input)
    {
        var rows = LatestBestFirst(input);
        var map = new MapChart(ZoneMap.AreasOf(input.Filter), [.. rows.Select(r => new MapValue(r.Zone, r.Rate, input.LinkOf(r.Zone)))], ChartStyle.Percent);
        return new(TitleByZone(input.Filter, rows), map, rows);
    }

    /// <summary>The zones at the last snapshot, highest uptake first.</summary>
    private static List<UptakeRow> LatestBestFirst(ChartInput<UptakeRow> input)
    {
        var latest = input.Rows.Count == 0 ? default : input.Rows.Max(r => r.Snapshot);
        return [.. input.Rows.Where(r => r.Snapshot == latest).OrderByDescending(r => r.Rate).ThenBy(r => r.ZoneName, StringComparer.Ordinal)];
    }

    // The snapshot it was read from is in the table beside the chart.
    private static string TitleByZone(IndicatorFilter filter, List<UptakeRow> rows)
    {
        var level = filter.By == Breakdown.Region ? "région" : "département";
        return rows.Count == 0 ? $"Taux d'adhésion par {level}" : $"Taux d'adhésion par {level} au {FrenchFormat.Day(rows[0].MeasuredOn)}";
    }
}
