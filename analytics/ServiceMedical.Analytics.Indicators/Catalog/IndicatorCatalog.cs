using ServiceMedical.Analytics.Indicators.Pages;

namespace ServiceMedical.Analytics.Indicators.Catalog;

/// <summary>
/// Every indicator of this assembly, found by its declaration (a class deriving from <see cref="Indicator"/> in its own
/// folder), and every chart they declare: the one list the dashboard's pages, the exports, the export packs and the
/// command line read. Adding an indicator is adding its folder.
/// </summary>
public static class IndicatorCatalog
{
    private static readonly Lazy<Dictionary<Type, Indicator>> s_indicators = new(Discover);
    private static readonly Lazy<IReadOnlyList<DashboardChart>> s_charts = new(() => [.. All.SelectMany(i => i.Charts)]);

    /// <summary>Every indicator, by name.</summary>
    public static IReadOnlyList<Indicator> All => [.. s_indicators.Value.Values.OrderBy(i => i.Name, StringComparer.Ordinal)];

    /// <summary>Every chart of the dashboard.</summary>
    public static IReadOnlyList<DashboardChart> Charts => s_charts.Value;

    /// <summary>The one instance of an indicator, for code that names it by its type.</summary>
    public static T Of<T>() where T : Indicator => (T)s_indicators.Value[typeof(T)];

    public static Indicator? Find(string name) => s_indicators.Value.Values.FirstOrDefault(i => i.Name == name);

    public static Indicator Get(string name) => Find(name) ?? throw new ArgumentException($"Unknown indicator '{name}'.", nameof(name));

    public static DashboardChart? FindChart(string name) => Charts.FirstOrDefault(c => c.Name == name);

    /// <summary>The charts of a page, in their order on it.</summary>
    public static IReadOnlyList<DashboardChart> ChartsOf(DashboardPage page) =>
        [.. Charts.SelectMany(c => c.Placements.Where(p => p.Page == page).Select(p => (Chart: c, p.Order))).OrderBy(c => c.Order).Select(c => c.Chart)];

    /// <summary>
    /// The tiles of a page in their order: a chart each, or the views of one subject at one place (a map and a ranking),
    /// in the catalog's order.
    /// </summary>
    public static IReadOnlyList<ChartTile> TilesOf(DashboardPage page)
    {
        var tiles = new List<ChartTile>();
        foreach (var (chart, placement) in Charts.SelectMany(c => c.Placements.Where(p => p.Page == page).Select(p => (Chart: c, Placement: p))).OrderBy(c => c.Placement.Order))
        {
            var view = new ChartView(chart, placement.View);
            if (placement.View is not null && tiles is [.., { Views: [{ Label: not null }, ..] } last] && last.Order == placement.Order)
            {
                tiles[^1] = last with { Views = [.. last.Views, view] };
            }
            else
            {
                tiles.Add(new ChartTile(placement.Order, [view]));
            }
        }

        return tiles;
    }

    private static Dictionary<Type, Indicator> Discover() =>
        typeof(Indicator).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && t.IsSubclassOf(typeof(Indicator)))
            .ToDictionary(t => t, t => (Indicator)Activator.CreateInstance(t, nonPublic: true)!);
}
