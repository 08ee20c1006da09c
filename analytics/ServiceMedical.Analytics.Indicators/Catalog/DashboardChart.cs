using ServiceMedical.Analytics.Charts;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Pages;
using ServiceMedical.Analytics.Indicators.Secrecy;

namespace ServiceMedical.Analytics.Indicators.Catalog;

/// <summary>
/// Where a chart shows: on a page, at a place among the page's charts (lower first). Charts with a <see cref="View"/>
/// at the same place share one tile, one shown at a time, the first by default ("Carte", "Classement").
/// </summary>
public sealed record ChartPlacement(DashboardPage Page, int Order)
{
    public string? View { get; init; }
}

/// <summary>A chart as one view of a tile; <see cref="Label"/> names the view in the tile's switch (null: the tile's only chart).</summary>
public sealed record ChartView(DashboardChart Chart, string? Label);

/// <summary>A tile of a page, at its place: one chart, or several views of one subject.</summary>
public sealed record ChartTile(int Order, IReadOnlyList<ChartView> Views);

/// <summary>
/// A chart as its indicator's rows give it: a title and data shaped for one kind of chart; <see cref="Shown"/> are the
/// rows its table lists when it draws only some (the last snapshot), all of them otherwise.
/// </summary>
public sealed record ChartDrawing<TRow>(string Title, IChartData Chart, IReadOnlyList<TRow>? Shown = null)
{
    /// <summary>
    /// True when the drawing shows values of another indicator that its export masks (the forecast's intervals beside
    /// the contracts): exports draw it again for export (<see cref="ChartInput{TRow}.ForExport"/>) without them.
    /// </summary>
    public bool ShowsOthersSecrets { get; init; }
}

/// <summary>
/// What a chart is drawn from: its indicator's rows for the filter the chart applies, and where a click on a zone
/// leads. <see cref="Reader"/>, when given, gives the rows of another indicator a chart adds (a forecast continuing a
/// series); without it the chart is drawn from its own rows alone. The chart never sees the database.
/// </summary>
public sealed record ChartInput<TRow>(IReadOnlyList<TRow> Rows, IndicatorFilter Filter, Func<string, string>? ZoneLink = null, IndicatorReader? Reader = null)
{
    /// <summary>The link of a zone, when the page drills down.</summary>
    public string? LinkOf(string zone) => ZoneLink?.Invoke(zone);

    /// <summary>
    /// Whether exports mask the value of the column <c>header</c> for these rows (one row, or rows the chart adds up): a
    /// chart that leaves such values out (<see cref="DashboardChart{TRow}.LeavesOutSecrets"/>) draws them as
    /// <see cref="double.NaN"/>. Never on screen.
    /// </summary>
    public Func<IReadOnlyList<TRow>, string, bool> IsSecret { get; init; } = (_, _) => false;

    /// <summary>True when drawn for an export: values of another indicator its export masks are left out too.</summary>
    public bool ForExport { get; init; }

    /// <summary>A value the chart draws, or <see cref="double.NaN"/> where the export masks it.</summary>
    public double Published(IReadOnlyList<TRow> rows, string header, double value) => IsSecret(rows, header) ? double.NaN : value;
}

/// <summary>
/// A chart of the dashboard, known by its export name: the indicator it draws, the filter it needs (e.g. a monthly
/// series; null where it does not apply, e.g. a breakdown below the department), its pages, and how it draws.
/// </summary>
public abstract class DashboardChart(string name, string title, IReadOnlyList<ChartPlacement> placements, Func<IndicatorFilter, IndicatorFilter?> applies)
{
    public string Name { get; } = name;

    public string Title { get; } = title;

    public IReadOnlyList<ChartPlacement> Placements { get; } = placements;

    public abstract Indicator Indicator { get; }

    /// <summary>The filter the chart is drawn with for the page's filter; null when it does not apply to it.</summary>
    public IndicatorFilter? Applies(IndicatorFilter filter) => applies(filter);

    /// <summary>Draws the chart for the page's filter from the reader's rows; null when it does not apply.</summary>
    public abstract RenderedChart? Render(IndicatorReader reader, IndicatorFilter filter, Func<string, string>? zoneLink = null);

    public static IndicatorFilter? AsIs(IndicatorFilter filter) => filter;

    /// <summary>The next level down (regions of France, departments of a region); none below a department.</summary>
    public static IndicatorFilter? ByNextLevel(IndicatorFilter filter) =>
        filter.Geography.Department is not null ? null
        : filter with { By = filter.Geography.IsNational ? Breakdown.Region : Breakdown.Department };

    public override string ToString() => Name;
}

/// <summary>A chart drawn from the rows of an indicator of <typeparamref name="TRow"/>: a function of those rows.</summary>
public sealed class DashboardChart<TRow>(string name, string title, Indicator<TRow> indicator, IReadOnlyList<ChartPlacement> placements,
    Func<ChartInput<TRow>, ChartDrawing<TRow>> draw, Func<IndicatorFilter, IndicatorFilter?>? applies = null)
    : DashboardChart(name, title, placements, applies ?? AsIs)
    where TRow : ZonedRow
{
    public override Indicator Indicator => indicator;

    /// <summary>
    /// The columns of its table the chart draws values from (directly or added up): an export withholds the image when
    /// one of their cells is masked. Every count and measure unless said (the contracts chart draws cumulative counts,
    /// not the month's).
    /// </summary>
    public IReadOnlyList<string>? Draws { get; init; }

    /// <summary>
    /// Set when the chart draws sums of its rows, not the rows: the group a row is added into (null: left out). The image
    /// publishes the sums, so that the table's masks count them as totals (every export of the table alike), and an
    /// export withholds it only when a sum it draws is masked.
    /// </summary>
    public Func<TRow, object?>? AddsUp { get; init; }

    /// <summary>
    /// True when the drawing leaves out the values <see cref="ChartInput{TRow}.IsSecret"/> says the export masks: an
    /// export draws the chart again so, instead of withholding its image.
    /// </summary>
    public bool LeavesOutSecrets { get; init; }

    /// <summary>The groups of <paramref name="rows"/> (their indexes) the chart adds up; none when it draws rows.</summary>
    internal IEnumerable<IReadOnlyList<int>> GroupsOf(IReadOnlyList<TRow> rows) => AddsUp is not { } groupOf ? []
        : rows.Select((row, i) => (Group: groupOf(row), Index: i)).Where(r => r.Group is not null)
            .GroupBy(r => r.Group!).Select(g => (IReadOnlyList<int>)[.. g.Select(r => r.Index)]);

    public override RenderedChart? Render(IndicatorReader reader, IndicatorFilter filter, Func<string, string>? zoneLink = null)
    {
        if (Applies(filter) is not { } applied)
        {
            return null;
        }

        var rows = reader.Rows(indicator, applied);
        var input = new ChartInput<TRow>(rows, applied, zoneLink, reader);
        var drawing = draw(input);
        var caption = reader.Caption(drawing.Title, applied, indicator.Datasets);
        var (plot, targets) = drawing.Chart.Draw(caption.Text);
        var shown = drawing.Shown ?? rows;
        var table = indicator.Tabulate(shown);
        var exported = reader.Export(indicator, applied, table, indicator.SumsOf(shown, applied));
        var masked = DrawsAMaskedValue(exported, shown) || drawing.ShowsOthersSecrets;
        // The export's chart without the masked values, where the chart can leave them out; withheld when nothing is left.
        var redrawn = masked && LeavesOutSecrets ? draw(input with { IsSecret = SecretsOf(exported, shown), ForExport = true }).Chart : null;
        return new RenderedChart(plot, targets, table, caption, drawing.Chart.Height, drawing.Chart.IsEmpty || rows.Count == 0)
        {
            Exported = exported,
            Withheld = masked && redrawn is null or { IsEmpty: true } ? Withhold(reader.Secrecy, caption) : null,
            // Laid out only when exported: the screen shows every value.
            Redrawn = redrawn is { IsEmpty: false } ? new(() => (redrawn.Draw(caption.Text).Plot, redrawn.Height)) : null,
        };
    }

    /// <summary>Whether the export masks a column's value for some of <paramref name="shown"/>: a row's cell, or a sum of rows.</summary>
    private static Func<IReadOnlyList<TRow>, string, bool> SecretsOf(ExportedTable exported, IReadOnlyList<TRow> shown)
    {
        // By reference: two rows of equal values are still two rows of the table.
        var index = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        foreach (var (row, i) in shown.Select((row, i) => (row, i)))
        {
            index[row] = i;
        }

        var headers = exported.Table.Headers.ToList();
        // A column or a row the table does not have is taken for masked: a mistake leaves a value out, never shows it.
        return (rows, header) => headers.IndexOf(header) is not (var c and >= 0)
            || rows.Any(r => !index.ContainsKey(r)) || exported.IsHiddenIn([.. rows.Select(r => index[r])], c);
    }

    /// <summary>Whether the image shows a value the export masks: a cell of a column it draws, or a sum of them when it adds rows up.</summary>
    private bool DrawsAMaskedValue(ExportedTable exported, IReadOnlyList<TRow> rows)
    {
        var drawn = Enumerable.Range(0, exported.Table.Headers.Count)
            .Where(c => Draws?.Contains(exported.Table.Headers[c]) ?? exported.Table.Secrecy[c].Role is ColumnRole.Count or ColumnRole.Measure)
            .ToList();
        return AddsUp is null
            ? Enumerable.Range(0, exported.Table.Rows.Count).Any(r => drawn.Any(c => exported.IsHidden(r, c)))
            : GroupsOf(rows).Any(g => drawn.Any(c => exported.IsHiddenIn(g, c)));
    }

    private static WithheldImage Withhold(SmallCountRule secrecy, ChartCaption caption)
    {
        var reason = $"Image non diffusée : ce graphique montrerait des valeurs portant sur moins de {secrecy.Threshold} personnes ou structures " +
            "(secret statistique). Le tableau joint donne les valeurs publiables.";
        var withheld = new WithheldChart(reason);
        return new WithheldImage(withheld.Draw(caption.Text).Plot, withheld.Height, reason);
    }
}
