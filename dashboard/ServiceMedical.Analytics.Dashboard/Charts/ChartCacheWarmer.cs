using Microsoft.Extensions.Options;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Dashboard.Components.Parts;
using ServiceMedical.Analytics.Dashboard.Data;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.KeyFigures;
using ServiceMedical.Analytics.Indicators.Pages;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Dashboard.Charts;

/// <summary>
/// After each new publication of the data, draws in the background every page's charts for France and each
/// region as a national user sees them, one chart at a time: a planner going from region to region then finds
/// them drawn, even on first sight. Regional users' own views are drawn on their first visit and shared.
/// Off with <c>Dashboard:WarmChartCache=false</c> or a cache of 0 entries.
/// </summary>
public sealed partial class ChartCacheWarmer(ChartRenderCache cache, DashboardDatabase database, IOptions<ChartCacheOptions> options, TimeProvider time, ILogger<ChartCacheWarmer> logger)
    : BackgroundService
{
    private static readonly TimeSpan s_check = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WarmChartCache || !cache.Enabled)
        {
            return;
        }

        DataDates? warmed = null;
        using var timer = new PeriodicTimer(s_check, time);
        do
        {
            var dates = database.Dates();
            if (dates != warmed)
            {
                var drawn = await Warm(dates, stoppingToken);
                LogWarmed(logger, drawn);
                warmed = dates;
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<int> Warm(DataDates dates, CancellationToken stoppingToken)
    {
        var drawn = 0;
        IndicatorFilter[] filters = [IndicatorFilter.National, .. CogReference.Regions.Select(r => new IndicatorFilter { Geography = GeoScope.ForRegion(r.Code) })];
        var horizon = database.Horizon();
        foreach (var filter in filters)
        {
            foreach (var page in DashboardPages.All)
            {
                var path = page == DashboardPages.Overview ? "/" : "/" + page.Name;
                // As a page opens with no period in its URL: the last twelve complete months up to its data horizon.
                var state = PageState.For(page, path, filter, UserScope.National, dates, horizon);
                if (KeyFiguresQuery.Shows(page))
                {
                    drawn += await Warm(() => cache.KeyFigures(page, UserScope.National, state.Effective, dates), "chiffres-cles", filter, stoppingToken);
                }

                foreach (var chart in IndicatorCatalog.ChartsOf(page))
                {
                    drawn += await Warm(() => cache.Get(chart, UserScope.National, state.Effective, dates, path, state.DrillDown), chart.Name, filter, stoppingToken);
                }
            }
        }

        return drawn;
    }

    /// <summary>Draws one chart (or page's key figures): 1 when there was something to draw.</summary>
    private async Task<int> Warm<T>(Func<Task<T?>> draw, string name, IndicatorFilter filter, CancellationToken stoppingToken)
        where T : class
    {
        stoppingToken.ThrowIfCancellationRequested();
        try
        {
            return await draw() is null ? 0 : 1;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // What cannot be drawn here (e.g. no data for it) is drawn, or explained, when a page asks for it.
            LogNotWarmed(logger, name, filter.ToQueryString(), e.Message);
            return 0;
        }
    }

    [LoggerMessage(1, LogLevel.Information, "Graphiques préparés pour les nouvelles données : {Charts}.")]
    private static partial void LogWarmed(ILogger logger, int charts);

    [LoggerMessage(2, LogLevel.Debug, "Graphique {Chart} non préparé pour « {Filter} » : {Reason}")]
    private static partial void LogNotWarmed(ILogger logger, string chart, string filter, string reason);
}
