using ServiceMedical.Analytics.Charts.Maps;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Uptake;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Charts.Tests;

/// <summary>The maps: contours for every code of the COG, classes, hover and drill-down on each area.</summary>
public sealed partial class MapTests
{
    [Fact]
    public void EveryRegionAndDepartmentOfTheCog_HasItsContour_AndEachDepartmentLiesInItsRegion()
    {
        Assert.Equal(CogReference.Regions.Select(r => r.Code).Order(), FranceContours.Regions.Keys.Order());
        Assert.Equal(CogReference.Departments.Select(d => d.Code).Order(), FranceContours.Departments.Keys.Order());
        foreach (var department in CogReference.Departments)
        {
            var (area, region) = (FranceContours.Departments[department.Code], FranceContours.Regions[department.RegionCode]);
            var (x, y) = Centre(area);
            var (left, right, bottom, top) = Box(region);
            Assert.True(x > left && x < right && y > bottom && y < top, $"{department.Code} {department.Name} outside {department.RegionCode}");
        }

        // Overseas areas sit in their own boxes, west of metropolitan France and apart from each other.
        var insets = CogReference.Regions.Where(r => !r.IsMetropolitan).Select(r => FranceContours.Regions[r.Code].Inset!.Value).ToList();
        Assert.Equal(5, insets.Count);
        Assert.All(insets, box => Assert.True(box.Right < Box(FranceContours.Regions["53"]).Left));
        Assert.All(insets.Zip(insets.Skip(1)), pair => Assert.True(pair.First.Bottom > pair.Second.Top));
    }

    [Fact]
    public void Classes_AreQuantilesOfTheValues_AtMostFive()
    {
        var chart = new MapChart([], [.. Enumerable.Range(1, 10).Select(i => new MapValue($"{i}", i / 10.0))], ChartStyle.Percent);

        Assert.Equal([0.3, 0.5, 0.7, 0.9], chart.Thresholds);
        Assert.Equal([0, 1, 1, 4], (int[])[MapChart.ClassOf(0.25, chart.Thresholds), MapChart.ClassOf(0.3, chart.Thresholds), MapChart.ClassOf(0.45, chart.Thresholds), MapChart.ClassOf(0.95, chart.Thresholds)]);
        // Two values make two classes; one value, one.
        Assert.Equal([0.5], (chart with { Values = [new("a", 0.2), new("b", 0.5)] }).Thresholds);
        Assert.Empty((chart with { Values = [new("a", 0.2), new("b", 0.2)] }).Thresholds);
    }

    [Fact]
    public void UptakeMapOfARegion_DrawsItsDepartments_EachWithItsValueAndDrillDown_AndSaysWhichHaveNone()
    {
        UptakeRow Row(string zone, string name, long eligible, long contracted) => new()
        {
            Snapshot = new DateOnly(2026, 7, 1), MeasuredOn = new DateOnly(2026, 11, 30), Zone = zone, ZoneName = name, Eligible = eligible, Contracted = contracted,
        };
        var filter = IndicatorFilter.National with { Geography = GeoScope.ForRegion("84"), By = Breakdown.Department };

        var drawing = UptakeCharts.Map(new ChartInput<UptakeRow>([Row("01", "Ain", 20, 5), Row("69", "Rhône", 40, 4)], filter, zone => $"?department={zone}"));
        var svg = ChartKindTests.Render(drawing.Chart);

        Assert.Equal("Carte du taux d'adhésion par département au 30/11/2026", drawing.Title);
        var titles = ChartKindTests.Titles(svg);
        // The twelve departments of Auvergne-Rhône-Alpes, each a shape; two with data, linking to themselves.
        Assert.Equal(12, titles.Count);
        Assert.Contains("Ain : 25,0\u00A0%", titles.Select(t => t.Replace(" %", "\u00A0%", StringComparison.Ordinal)));
        Assert.Contains("Rhône : 10,0\u00A0%", titles.Select(t => t.Replace(" %", "\u00A0%", StringComparison.Ordinal)));
        Assert.Contains("Cantal : sans donnée", titles);
        Assert.Equal(["?department=01", "?department=69"], MapLinks().Matches(svg).Select(m => m.Groups[1].Value).Order());
        Assert.Contains("sans donnée", svg, StringComparison.Ordinal);
        Assert.False(drawing.Chart.IsEmpty);
        // No row: nothing to draw, and drawing it anyway (for the flag) does not fail.
        var empty = UptakeCharts.Map(new ChartInput<UptakeRow>([], filter)).Chart;
        Assert.True(empty.IsEmpty);
        Assert.Equal(12, ChartKindTests.Titles(ChartKindTests.Render(empty)).Count(t => t.EndsWith(" : sans donnée", StringComparison.Ordinal)));
    }

    private static (double X, double Y) Centre(MapArea area)
    {
        var (left, right, bottom, top) = Box(area);
        return ((left + right) / 2, (bottom + top) / 2);
    }

    private static (double Left, double Right, double Bottom, double Top) Box(MapArea area)
    {
        // The largest ring: an island would move the box's centre off the mainland.
        var ring = area.Rings.MaxBy(r => r.Length)!;
        return (ring.Min(p => p.X), ring.Max(p => p.X), ring.Min(p => p.Y), ring.Max(p => p.Y));
    }

    [System.Text.RegularExpressions.GeneratedRegex("<a href=\"([^\"]*)\"><path class=\"hover\"")]
    private static partial System.Text.RegularExpressions.Regex MapLinks();
}
