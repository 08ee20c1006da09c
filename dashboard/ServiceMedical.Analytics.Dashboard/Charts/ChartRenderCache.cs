using ServiceMedical.Analytics.Indicators.Catalog;
using Microsoft.Extensions.Caching.Memory;
using ServiceMedical.Analytics.Charts;
using Microsoft.Extensions.Options;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.KeyFigures;
using ServiceMedical.Analytics.Indicators.Pages;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Dashboard.Charts;

/// <summary>A chart as drawn for the screen: the plot, its table, its SVG and its table's HTML.</summary>
public sealed record ScreenChart(RenderedChart Rendered, string Svg, string TableHtml)
{
    private string? _exportedTableHtml;

    /// <summary>The table as the exports write it (statistical secrecy), made when a user first asks to see it so.</summary>
    public string ExportedTableHtml => _exportedTableHtml ??= Rendered.Exported.AnyHidden ? ChartTableMarkup.Of(Rendered, asExported: true) : TableHtml;
}

/// <summary>A key figure as drawn for the screen: the figure and its trend line's SVG (null with fewer than two steps).</summary>
public sealed record ScreenKeyFigure(KeyFigure Figure, string? Trend);

/// <summary>A page's key figures as read and drawn for one scope and filter: the period and the figures; none without data.</summary>
public sealed record ScreenKeyFigures(KeyFigurePeriods Periods, IReadOnlyList<ScreenKeyFigure> Figures)
{
    /// <summary>The figures with their trend lines drawn.</summary>
    public static ScreenKeyFigures Draw(KeyFigurePeriods periods, IReadOnlyList<KeyFigure> figures) =>
        new(periods, [.. figures.Select(f => new ScreenKeyFigure(f, Sparkline.Svg([.. f.Trend.Select(p => p.Value)])))]);
}

/// <summary>
/// Charts drawn for the screen, and pages' key figures, shared by every session for a while: the same chart (or
/// figures) for the same scope, filter and data date is drawn once, also when two renders ask for it at the same
/// moment (a page re-created on navigation asks twice). The data date is part of the key, so a new load is never hidden.
/// </summary>
public sealed class ChartRenderCache(IIndicatorReaders readers, IOptions<ChartCacheOptions> options) : IDisposable
{
    // Entries are keyed by the data dates, so they never go stale; the size limit bounds the memory.
    private static readonly TimeSpan s_lifetime = TimeSpan.FromHours(6);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = options.Value.ChartCacheEntries });

    /// <summary>False when the cache keeps nothing (benchmarks measure without it).</summary>
    public bool Enabled { get; } = options.Value.ChartCacheEntries > 0;

    /// <summary>The chart for this user and filter on this page (null where it does not apply); errors (filter, scope) are thrown, never cached.</summary>
    public Task<ScreenChart?> Get(DashboardChart chart, UserScope user, IndicatorFilter filter, DataDates dates, string page, Func<string, string> zoneLink)
    {
        // Authorise before the cache: a cached chart must never reach a user outside its scope.
        user.Authorize(filter);
        // The page is in the key: a chart's drill-down links lead to the page it is drawn on.
        // The data dates are in the key: a new load or refresh is never hidden by a chart drawn before it.
        return Shared((chart.Name, user.Region, filter, dates, page), () => Draw(chart, user, filter, zoneLink));
    }

    /// <summary>The key figures <paramref name="page"/> opens on for this user and filter (null without data); errors are thrown, never cached.</summary>
    public Task<ScreenKeyFigures?> KeyFigures(DashboardPage page, UserScope user, IndicatorFilter filter, DataDates dates)
    {
        user.Authorize(filter);
        return Shared((typeof(KeyFigure), page.Name, user.Region, filter, dates), () =>
        {
            using var reader = readers.Open(user);
            // The trend lines are drawn here, once, not at each render of a card: drawing them took most of a filter change.
            return new KeyFiguresQuery(reader).Run(page, filter) is var (periods, figures) ? ScreenKeyFigures.Draw(periods, figures) : null;
        });
    }

    /// <summary>What <paramref name="read"/> gives for <paramref name="key"/>, read once and shared; a failure is not kept.</summary>
    private Task<T?> Shared<T>(object key, Func<T?> read)
        where T : class
    {
        var entry = _cache.GetOrCreate(key, e =>
        {
            e.Size = 1;
            e.SlidingExpiration = s_lifetime;
            return new Lazy<Task<T?>>(() => Task.Run(read));
        })!;
        var task = entry.Value;
        // A failed read is not kept: the next request tries again.
        _ = task.ContinueWith(_ => _cache.Remove(key), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        return task;
    }

    public void Dispose() => _cache.Dispose();

    private ScreenChart? Draw(DashboardChart chart, UserScope user, IndicatorFilter filter, Func<string, string> zoneLink)
    {
        using var reader = readers.Open(user);
        var rendered = chart.Render(reader, filter, zoneLink);
        return rendered is null ? null : new ScreenChart(rendered, rendered.ScreenSvg(), ChartTableMarkup.Of(rendered));
    }
}
