using DuckDB.NET.Data;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Charts;

/// <summary>
/// What a chart is drawn for: the user (whose scope the analytics layer enforces), the filter, and the extract dates of
/// the data (figures are true at their horizon, which the caption states). <see cref="Time"/> dates what is produced
/// (a dossier), never a figure.
/// </summary>
public sealed record ChartRequest(DuckDBConnection Connection, DataHorizon Horizon, UserScope User, IndicatorFilter Filter, TimeProvider Time)
{
    /// <summary>Where a click on a zone of the next level down leads: the same view, narrowed to it.</summary>
    public Func<string, string>? ZoneLink { get; init; }

    /// <summary>The indicator the chart draws; its table is shown and exported beside the chart.</summary>
    public IndicatorDefinition? Indicator { get; init; }

    /// <summary>What a chart (of <see cref="Indicator"/>) or a dossier (reading <paramref name="datasets"/>) with this title says about itself.</summary>
    public ChartCaption Caption(string title, IReadOnlyList<string>? datasets = null)
    {
        var read = datasets ?? Indicator?.Datasets ?? [];
        return new(title, ChartCaption.Describe(Filter), Horizon.Of(read), Horizon.LoadedAt(read));
    }

    /// <summary>The chart drawn with its caption, and the table of the rows it was drawn from.</summary>
    public RenderedChart Rendered<TRow>(string title, IChartData chart, IReadOnlyList<TRow> rows)
    {
        var caption = Caption(title);
        var (plot, targets) = chart.Draw(caption);
        var table = (Indicator ?? throw new InvalidOperationException("The request names no indicator.")).Tabulate(rows);
        return new RenderedChart(plot, targets, table, caption);
    }
}

/// <summary>
/// A chart of the dashboard, known by its export name: which indicator it draws, the filter it needs
/// (e.g. a monthly series; null where it does not apply, e.g. a breakdown below the department), and how it draws.
/// </summary>
public sealed record DashboardChart(string Name, string Title, string Indicator, Func<IndicatorFilter, IndicatorFilter?> Applies, Func<ChartRequest, RenderedChart> Draw)
{
    /// <summary>Draws the chart for the page's filter; null when it does not apply to it.</summary>
    public RenderedChart? Render(ChartRequest request) =>
        Applies(request.Filter) is { } filter ? Draw(request with { Filter = filter, Indicator = IndicatorCatalog.Get(Indicator) }) : null;

    public static IndicatorFilter? AsIs(IndicatorFilter filter) => filter;

    /// <summary>The next level down (regions of France, departments of a region); none below a department.</summary>
    public static IndicatorFilter? ByNextLevel(IndicatorFilter filter) =>
        filter.Geography.Department is not null ? null
        : filter with { By = filter.Geography.IsNational ? Breakdown.Region : Breakdown.Department };
}
