using ServiceMedical.Analytics.Charts;
using ServiceMedical.Analytics.Charts.Maps;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Filters;

namespace ServiceMedical.Analytics.Indicators.Uptake;

/// <summary>The charts of uptake: over the snapshots, and by zone at the last one (bars and map).</summary>
internal static class UptakeCharts
{
    /// <summary>Uptake over the snapshots; below France, France as a whole beside it (dashed), in the chart and its table.</summary>
    public static ChartDrawing<UptakeRow> OverTime(ChartInput<UptakeRow> input)
    {
        var france = France(input);
        // Each point is uptake on the day it was counted, with the snapshot it was read from on hover.
        var lines = input.Rows.Concat(france).GroupBy(r => r.Zone)
            .Select(g => new LineSeries(g.Key == GeoScope.FranceCode ? "France entière" : g.First().ZoneName, g.Select(r => r.MeasuredOn).ToList(),
                g.Select(r => input.Published([r], UptakeIndicator.Rate, r.Rate ?? 0)).ToList())
            {
                Notes = [.. g.Select(r => $" (instantané du {FrenchFormat.Day(r.Snapshot)})")],
                Dashed = g.Key == GeoScope.FranceCode && france.Count > 0,
                ColorOf = g.Key == GeoScope.FranceCode && france.Count > 0 ? ChartStyle.ReferenceSeries : null,
            })
            .ToList();
        var title = france.Count > 0 ? "Taux d'adhésion par instantané d'éligibilité, comparé à la France" : "Taux d'adhésion par instantané d'éligibilité";
        return new(title, new LineChart(lines, "Taux d'adhésion", ChartStyle.Percent) { Markers = true }, [.. input.Rows, .. france]);
    }

    /// <summary>France as a whole for the same filter, when the chart shows a region or a department; none for France itself.</summary>
    private static IReadOnlyList<UptakeRow> France(ChartInput<UptakeRow> input) =>
        input.Filter.Geography.IsNational || input.Reader is null || input.Rows.Count == 0 ? [] : input.Reader.FranceReference(UptakeIndicator.Instance, input.Filter);

    public static ChartDrawing<UptakeRow> ByZone(ChartInput<UptakeRow> input)
    {
        var rows = LatestBestFirst(input);
        // A region's departments are ranked against France at the same snapshot.
        var france = rows.Count == 0 ? null : France(input).LastOrDefault(r => r.Snapshot == rows[0].Snapshot);
        var chart = new BarChart(rows.Select(r => r.ZoneName).ToList(), [new BarSeries("Taux d'adhésion", rows.Select(r => input.Published([r], UptakeIndicator.Rate, r.Rate ?? 0)).ToList())], "Taux d'adhésion", ChartStyle.Percent)
        {
            Horizontal = true,
            Links = rows.Select(r => input.LinkOf(r.Zone)).ToList(),
            Reference = france?.Rate is { } rate ? new ReferenceValue("France entière", rate) : null,
        };
        return new(TitleByZone(input.Filter, rows), chart, france is null ? rows : [.. rows, france]);
    }

    /// <summary>The same figures as <see cref="ByZone"/> on a map of the regions, or of the region's departments.</summary>
    public static ChartDrawing<UptakeRow> Map(ChartInput<UptakeRow> input)
    {
        var rows = LatestBestFirst(input);
        var map = new MapChart(ZoneMap.AreasOf(input.Filter),
            [.. rows.Select(r => new MapValue(r.Zone, r.Rate is { } rate ? input.Published([r], UptakeIndicator.Rate, rate) : null, input.LinkOf(r.Zone)))], ChartStyle.Percent);
        // Named apart from the ranking's: both are exported, side by side in a dossier.
        var title = TitleByZone(input.Filter, rows);
        return new($"Carte du {char.ToLowerInvariant(title[0])}{title[1..]}", map, rows);
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
