using DuckDB.NET.Data;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Secrecy;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators.Catalog;

/// <summary>
/// How pages, exports, dossiers and the command line read indicators: for one user, on one database connection at its
/// data horizon. Each indicator is read once per filter (the charts of one indicator share its rows). One reader serves
/// one request at a time; it owns its connection when it opened it.
/// </summary>
public sealed class IndicatorReader(DuckDBConnection connection, DataHorizon horizon, UserScope user, bool ownsConnection = false) : IDisposable
{
    private readonly Dictionary<(IndicatorId, IndicatorFilter), object> _read = [];
    private readonly Dictionary<(IndicatorId, IndicatorFilter), ExportedTable> _exported = [];
    private IndicatorReader? _forMasks;

    /// <summary>The extract dates of the data read: every figure is true at the horizon of the datasets it reads.</summary>
    public DataHorizon Horizon { get; } = horizon;

    public UserScope User { get; } = user;

    /// <summary>The small-count rule what this reader exports goes through (<see cref="ExportTable"/>, charts' <see cref="RenderedChart.Exported"/>).</summary>
    public SmallCountRule Secrecy { get; init; } = new();

    /// <summary>The indicator's rows for the filter; an error of filter or scope is thrown, with no data.</summary>
    public IReadOnlyList<TRow> Rows<TRow>(Indicator<TRow> indicator, IndicatorFilter filter)
        where TRow : ZonedRow
    {
        if (!_read.TryGetValue((indicator.Id, filter), out var rows))
        {
            rows = indicator.Rows(connection, Horizon, User, filter);
            _read[(indicator.Id, filter)] = rows;
        }

        return (IReadOnlyList<TRow>)rows;
    }

    /// <summary>
    /// The indicator for France as a whole, the filter otherwise the same: the reference a regional page compares
    /// with. Read whatever the user's scope, deliberately: France's total is a published figure, and only the total is
    /// read (no zone below it), so no other region's figures reach a regional user. Not kept with <see cref="Rows{TRow}"/>,
    /// whose reads stay checked against the user's scope.
    /// </summary>
    public IReadOnlyList<TRow> FranceReference<TRow>(Indicator<TRow> indicator, IndicatorFilter filter)
        where TRow : ZonedRow =>
        indicator.Rows(connection, Horizon, UserScope.National, filter with { Geography = GeoScope.National, By = filter.By.IsGeographic() ? Breakdown.None : filter.By });

    /// <summary>The indicator's exact figures as a table (the screen, checks).</summary>
    public IndicatorTable Table(Indicator indicator, IndicatorFilter filter) => indicator.Tabulate(this, filter);

    /// <summary>The indicator's table as it leaves the product: under the small-count rule.</summary>
    public ExportedTable ExportTable(Indicator indicator, IndicatorFilter filter)
    {
        if (!_exported.TryGetValue((indicator.Id, filter), out var exported))
        {
            exported = Export(indicator, filter, Table(indicator, filter), indicator.PublishedSums(this, filter));
            _exported[(indicator.Id, filter)] = exported;
        }

        return exported;
    }

    /// <summary>
    /// <paramref name="table"/>, rows of <paramref name="indicator"/> for <paramref name="filter"/>, as it leaves the
    /// product, with the masks of the larger table its rows are part of (<see cref="WholeOf"/>), so that two exports with
    /// different filters mask a row alike and cannot be set against each other. A table whose rows are not the larger
    /// one's (a period starting within a month) is masked on its own. <paramref name="sums"/> are the groups of rows whose
    /// sums charts publish.
    /// </summary>
    public ExportedTable Export(Indicator indicator, IndicatorFilter filter, IndicatorTable table, IReadOnlyList<IReadOnlyList<int>> sums)
    {
        if (!filter.Geography.IsNational && sums.Count == 0 && TableSecrecy.FranceRows(table) is { Count: > 0 } france)
        {
            return WithFranceAsExported(indicator, filter, table, france);
        }

        var whole = WholeOf(indicator, filter);
        var settled = RegionTotals(indicator, whole);
        var exported = ByMonths(indicator, filter, table, sums)
            ?? AmongParts(indicator, filter, table, sums)
            ?? (whole == filter ? Secrecy.Apply(table, sums, settled)
            : Secrecy.ApplyWithin(ForMasks(whole).Table(indicator, whole), indicator.PublishedSums(ForMasks(whole), whole), table, sums, settled) ?? Secrecy.Apply(table, sums));
        return indicator.MaskedLikeElsewhere(this, filter, exported);
    }

    /// <summary>
    /// A region's or a department's table with France's rows beside it, a reference: those are France's figures, masked
    /// as France's own export masks them (a row it does not hold is masked whole); the others as the table without them.
    /// </summary>
    private ExportedTable WithFranceAsExported(Indicator indicator, IndicatorFilter filter, IndicatorTable table, IReadOnlyList<int> france)
    {
        var own = Enumerable.Range(0, table.Rows.Count).Where(r => !france.Contains(r)).ToList();
        var ownExported = Export(indicator, filter, table with { Rows = [.. own.Select(r => table.Rows[r])] }, []);
        var national = filter with { Geography = GeoScope.National, By = filter.By.IsGeographic() ? Breakdown.None : filter.By };
        var franceExported = ForMasks(national).ExportTable(indicator, national);
        return TableSecrecy.Merge(table, own, ownExported, france, franceExported, Secrecy);
    }

    /// <summary>
    /// For a region by department, the region's total as France by region settles it (read for its masks only): a region
    /// that table masks to protect another is masked here too, and one more department with it, so that the departments'
    /// sum does not give it back. Null for any other table.
    /// </summary>
    private SettledTotals? RegionTotals(Indicator indicator, IndicatorFilter whole)
    {
        if (whole.Geography is not { Department: null, Region: { } region } || whole.By != Breakdown.Department || !indicator.AddsUpAcrossFilters)
        {
            return null;
        }

        var national = whole with { Geography = GeoScope.National, By = Breakdown.Region };
        return TableSecrecy.SettledAlongZones(ForMasks(national).ExportTable(indicator, national), region);
    }

    /// <summary>
    /// A table filtered to one value of what it has no column for (a type of centre), masked together with the tables of
    /// the other values and of all of them (<see cref="FilterPartition"/>), each taken as the larger table its rows are
    /// part of (<see cref="WholeOf"/>); null for any other filter, or when a row is not found there.
    /// </summary>
    private ExportedTable? AmongParts(Indicator indicator, IndicatorFilter filter, IndicatorTable table, IReadOnlyList<IReadOnlyList<int>> sums)
    {
        if (FilterPartition.Of(indicator, filter) is not { } partition)
        {
            return null;
        }

        var parts = partition.Parts.Select(p => WholeOf(indicator, p)).ToList();
        var tables = parts.Select(p => ForMasks(p).Table(indicator, p)).ToList();
        var whole = WholeOf(indicator, partition.Whole);
        var stacked = PartitionedTable.Stack(ForMasks(whole).Table(indicator, whole), tables);
        // The whole is exported on its own: what it masks stays masked, what it publishes is never the cell masked here.
        var settled = PartitionedTable.SettledBy(ForMasks(whole).ExportTable(indicator, whole));
        var offset = 0;
        var stackedSums = new List<IReadOnlyList<int>>();
        foreach (var (part, rows) in parts.Zip(tables))
        {
            var start = offset;
            stackedSums.AddRange(indicator.PublishedSums(ForMasks(part), part).Select(g => (IReadOnlyList<int>)[.. g.Select(r => r + start)]));
            offset += rows.Rows.Count;
        }

        return Secrecy.ApplyWithin(stacked, stackedSums, table.WithPart(partition.Part), sums, settled)?.WithoutPart();
    }

    /// <summary>
    /// The reader a larger table is read with to work out masks: this one, or for France by region, which a regional user
    /// may not read, one for France, kept apart so that none of its rows reach this user — only the masks come back.
    /// </summary>
    private IndicatorReader ForMasks(IndicatorFilter whole) =>
        User.Region is null || whole.Geography.Region == User.Region ? this
        : _forMasks ??= new IndicatorReader(connection, Horizon, UserScope.National) { Secrecy = Secrecy };

    /// <summary>
    /// A time series by quarter or year, masked from the same series by month as that is exported (a quarter's figures are
    /// its months' sums and its last month's), so that a quarterly and a monthly export mask alike; null for any other
    /// table, for a period that does not start on its quarter's or year's first day, or for sums a chart adds up (none
    /// does over time), which are then masked on their own.
    /// </summary>
    private ExportedTable? ByMonths(Indicator indicator, IndicatorFilter filter, IndicatorTable table, IReadOnlyList<IReadOnlyList<int>> sums)
    {
        if (filter.By is not (Breakdown.Quarter or Breakdown.Year) || sums.Count > 0 || !indicator.Headers.Contains(Indicator.PeriodColumn))
        {
            return null;
        }

        var period = ReportingPeriod.Of(filter, Horizon.Of(indicator.Datasets));
        var months = filter with { By = Breakdown.Month, From = period.From, To = period.To, Period = null };
        if (period.From is { } from && (from.Day != 1 || (from.Month - 1) % (filter.By == Breakdown.Year ? 12 : 3) != 0))
        {
            return null;
        }

        return Secrecy.ByMonths(ExportTable(indicator, months), table, Indicator.PeriodColumn);
    }

    /// <summary>
    /// The filter of the larger table that holds the rows of <paramref name="filter"/>'s: every employer, profession or
    /// type of beneficiary where the table has a column for it (one employer's rows are rows of the table of both); a
    /// department's region by department (the department's figures are a row of it, masked against the other
    /// departments and the region's total); a region's France by region (read for the masks only, <see cref="ForMasks"/>:
    /// a region's own figures are masked where France's by region masks them to protect another region); and for a running total, whose masks depend on the periods before, the whole
    /// history up to the period's end (this month's dossier then masks the months it shares with last month's as that
    /// one did).
    /// </summary>
    private IndicatorFilter WholeOf(Indicator indicator, IndicatorFilter filter)
    {
        var headers = indicator.Headers;
        var whole = filter with
        {
            Employer = headers.Contains(Indicator.EmployerColumn) ? null : filter.Employer,
            Profession = headers.Contains(Indicator.ProfessionColumn) ? null : filter.Profession,
            BeneficiaryType = headers.Contains(Indicator.BeneficiaryTypeColumn) ? null : filter.BeneficiaryType,
        };
        if (filter.Geography is { Department: not null, Region: { } region } && filter.By == Breakdown.None && indicator.Shape.Departments)
        {
            whole = whole with { Geography = GeoScope.ForRegion(region), By = Breakdown.Department };
        }
        else if (filter.Geography is { Department: null, Region: not null } && filter.By == Breakdown.None && indicator.AddsUpAcrossFilters)
        {
            whole = whole with { Geography = GeoScope.National, By = Breakdown.Region };
        }

        return indicator.Secrecy.Any(s => s.Accumulates is not null)
            ? whole with { From = null, Period = null, To = ReportingPeriod.Of(filter, Horizon.Of(indicator.Datasets)).To }
            : whole;
    }

    /// <summary>What a table, chart or dossier reading <paramref name="datasets"/> says about itself under this title.</summary>
    public ChartCaption Caption(string title, IndicatorFilter filter, IReadOnlyList<string> datasets) =>
        new(title, filter.Describe(), Horizon.Of(datasets), Horizon.LoadedAt(datasets)) { Scope = filter.DescribeScope() };

    public void Dispose()
    {
        _forMasks?.Dispose();
        if (ownsConnection)
        {
            connection.Dispose();
        }
    }
}
