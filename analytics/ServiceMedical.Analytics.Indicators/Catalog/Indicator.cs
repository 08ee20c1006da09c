using Dapper;
using DuckDB.NET.Data;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Secrecy;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators.Catalog;

/// <summary>
/// What an indicator is, declared in its own folder: its id and title, its definition (the folder's
/// <c>definition.md</c>, which the documentation and the dashboard show), its SQL and the datasets it reads
/// (their extract dates give the data horizon its figures are true at), the filters it accepts, its columns and its
/// charts. <see cref="IndicatorCatalog"/> finds every one; nothing else lists them.
/// </summary>
public abstract class Indicator
{
    private readonly Lazy<string> _definition;
    private readonly Lazy<string> _sql;

    private protected Indicator(IndicatorId id, string title, IndicatorSource source, IndicatorShape shape)
    {
        Id = id;
        Title = title;
        Source = source;
        Shape = shape;
        _definition = new(ReadDefinition);
        _sql = new(() => Ingest.Database.SqlResource.Load<IndicatorSql.Anchor>(source.Resource));
    }

    public IndicatorId Id { get; }

    /// <summary>The name exports and the command line know it by.</summary>
    public string Name => Id.Name;

    public string Title { get; }

    /// <summary>What it counts and how, in French (Markdown): its folder's <c>definition.md</c>, shown by the documentation and the dashboard.</summary>
    public string Definition => _definition.Value;

    public string SqlResource => Source.Resource;

    public IReadOnlyList<string> Datasets => Source.Datasets;

    public abstract IReadOnlyList<string> Headers { get; }

    /// <summary>What each column is to statistical secrecy, in the order of <see cref="Headers"/>.</summary>
    public abstract IReadOnlyList<ColumnSecrecy> Secrecy { get; }

    /// <summary>The charts the dashboard draws from its rows, each on its page.</summary>
    public abstract IReadOnlyList<DashboardChart> Charts { get; }

    internal IndicatorSource Source { get; }

    internal IndicatorShape Shape { get; }

    /// <summary>Its figures for the user and filter, as a table (exports, command line).</summary>
    public IndicatorTable Run(DuckDBConnection connection, DataHorizon horizon, UserScope user, IndicatorFilter filter)
    {
        using var reader = new IndicatorReader(connection, horizon, user);
        return Tabulate(reader, filter);
    }

    internal abstract IndicatorTable Tabulate(IndicatorReader reader, IndicatorFilter filter);

    /// <summary>Columns a filter narrows to one of their values (employer, profession, type of beneficiary): such a table's rows are rows of the table not narrowed.</summary>
    internal const string EmployerColumn = "Employeur", ProfessionColumn = "Profession", BeneficiaryTypeColumn = "Type de bénéficiaire";

    /// <summary>The first day of each row's period in a time series (a month, a quarter, a year).</summary>
    internal const string PeriodColumn = "Période";

    /// <summary>The groups of rows of its table for <paramref name="filter"/> whose sums its charts publish (<see cref="Indicator{TRow}.SumsOf"/>).</summary>
    internal abstract IReadOnlyList<IReadOnlyList<int>> PublishedSums(IndicatorReader reader, IndicatorFilter filter);

    /// <summary>
    /// Its export with the figures that another indicator's export also publishes masked as that one masks them (the
    /// forecast's observed months are the contracts' signers to date); as it is by default.
    /// </summary>
    internal virtual ExportedTable MaskedLikeElsewhere(IndicatorReader reader, IndicatorFilter filter, ExportedTable exported) => exported;

    /// <summary>Whether its SQL reads the filter's <paramref name="parameter"/> (a type of centre narrows only the indicators that read it).</summary>
    internal bool Reads(string parameter) => System.Text.RegularExpressions.Regex.IsMatch(_sql.Value, $@"\${parameter}\b");

    /// <summary>
    /// Whether its counts for each value of a filter add up to the count for all values (<see cref="FilterPartition"/>):
    /// true of counts of people and structures; not of forecasts, each series being modelled on its own.
    /// </summary>
    internal virtual bool AddsUpAcrossFilters => true;

    public override string ToString() => Name;

    private string ReadDefinition()
    {
        var resource = $"{GetType().Namespace}.definition.md";
        using var stream = GetType().Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The indicator '{Name}' has no definition.md beside it ({resource}).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Trim();
    }
}

/// <summary>An indicator whose SQL gives rows of <typeparamref name="TRow"/>, mapped by column name.</summary>
public abstract class Indicator<TRow> : Indicator
    where TRow : ZonedRow
{
    private protected Indicator(IndicatorId id, string title, IndicatorSource source, IndicatorShape shape)
        : base(id, title, source, shape)
    {
    }

    /// <summary>The table's columns: French header, value, kind.</summary>
    public abstract IReadOnlyList<TableColumn<TRow>> Columns { get; }

    public override IReadOnlyList<string> Headers => [.. Columns.Select(c => c.Header)];

    public override IReadOnlyList<ColumnSecrecy> Secrecy => [.. Columns.Select(c => c.Secrecy)];

    /// <summary>True when the SQL reads the aggregates the refresh materialises (made fresh first).</summary>
    protected virtual bool UsesAggregates => false;

    /// <summary>
    /// The rows for the user and filter: authorised, measured up to the data horizon, read by column name. The filter
    /// the SQL ran with is given to <see cref="Complete"/> (zone names depend on its level).
    /// </summary>
    public IReadOnlyList<TRow> Rows(DuckDBConnection connection, DataHorizon horizon, UserScope user, IndicatorFilter filter)
    {
        return IndicatorRunner.Run(connection, horizon, user, Narrow(filter), Source, Shape,
            (reader, authorised) => reader.Parse<TRow>().Select(row => Complete(row, authorised)), UsesAggregates);
    }

    public IndicatorTable Tabulate(IReadOnlyList<TRow> rows) => IndicatorTables.From(rows, Columns);

    internal override IndicatorTable Tabulate(IndicatorReader reader, IndicatorFilter filter) => Tabulate(reader.Rows(this, filter));

    internal override IReadOnlyList<IReadOnlyList<int>> PublishedSums(IndicatorReader reader, IndicatorFilter filter) => SumsOf(reader.Rows(this, filter), filter);

    /// <summary>
    /// The groups of <paramref name="rows"/> (their indexes) whose sums the charts drawn from these very rows publish —
    /// those whose filter for <paramref name="filter"/> is the filter itself — every such chart alike, so that every
    /// export of the table masks the same cells. The same charts filtered to one employer (profession, type) publish the
    /// sums of that employer's rows: sums of this table too, so that a filtered export can be masked as this one is.
    /// </summary>
    internal IReadOnlyList<IReadOnlyList<int>> SumsOf(IReadOnlyList<TRow> rows, IndicatorFilter filter)
    {
        var groups = Charts.OfType<DashboardChart<TRow>>().Where(c => c.AddsUp is not null && c.Applies(filter) == filter).SelectMany(c => c.GroupsOf(rows)).ToList();
        var categories = Columns.Where(c => c.Header is EmployerColumn or ProfessionColumn or BeneficiaryTypeColumn).ToList();
        var splits = Enumerable.Range(0, 1 << categories.Count).Select(set => categories.Where((_, i) => (set & (1 << i)) != 0).ToList());
        return [.. splits.SelectMany(by => groups.SelectMany(g => g.GroupBy(r => string.Join('\u001f', by.Select(c => c.Value(rows[r])))).Select(part => (IReadOnlyList<int>)[.. part])))
            .DistinctBy(g => string.Join(',', g))];
    }

    /// <summary>The part of a filter the indicator reads (e.g. forecasts drop the period); the filter itself by default.</summary>
    protected virtual IndicatorFilter Narrow(IndicatorFilter filter) => filter;

    /// <summary>What a row needs beyond its columns: the name of its zone, at the level the filter asked.</summary>
    private static TRow Complete(TRow row, IndicatorFilter filter) => (TRow)(row with { ZoneName = ZoneNames.Of(filter, row.Zone) });
}
