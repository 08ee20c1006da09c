using System.Globalization;
using ServiceMedical.Analytics.Indicators.Catalog;

namespace ServiceMedical.Analytics.Indicators.Secrecy;

/// <summary>
/// A value an export does not publish, as it reads there: « &lt; 11 » for a small count, « secret » for a count masked so
/// that a total does not give a small one back (it may be any size) and for a figure built on a masked count.
/// </summary>
public sealed record SecretValue(string Text)
{
    public override string ToString() => Text;
}

/// <summary>
/// A table as it leaves the product, which of its cells differ from the screen's (<see cref="Hidden"/>[row, column]),
/// and what the rule says of itself (<see cref="Notice"/>), written with the table wherever a cell was masked.
/// </summary>
public sealed record ExportedTable(IndicatorTable Table, bool[,] Hidden, string Notice)
{
    public bool IsHidden(int row, int column) => Hidden[row, column];

    public bool AnyHidden => Hidden.Cast<bool>().Any(h => h);

    /// <summary>The table as XLSX, its « À propos » sheet saying the rule when a cell was masked.</summary>
    public void WriteXlsx(Stream stream, IReadOnlyList<string> about) => Table.WriteXlsx(stream, AnyHidden ? [.. about, Notice] : about);

    /// <summary>Per group of rows whose sum a chart publishes (<see cref="TableSecrecy.GroupKey"/>), which columns of that sum are masked.</summary>
    public IReadOnlyDictionary<string, bool[]> SumsHidden { get; init; } = new Dictionary<string, bool[]>();

    /// <summary>Whether the sum of <paramref name="group"/>'s rows is masked in <paramref name="column"/> (false for a group not given).</summary>
    public bool IsSumHidden(IReadOnlyList<int> group, int column) => SumsHidden.TryGetValue(TableSecrecy.GroupKey(group), out var hidden) && hidden[column];

    /// <summary>
    /// Whether a chart drawing <paramref name="column"/> for <paramref name="rows"/> draws a masked value: the row's cell,
    /// or the sum of the rows — masked as a published sum, or, for a sum nobody declared, wherever one of its cells is.
    /// </summary>
    public bool IsHiddenIn(IReadOnlyList<int> rows, int column) => rows switch
    {
        [var row] => IsHidden(row, column),
        _ when SumsHidden.TryGetValue(TableSecrecy.GroupKey(rows), out var hidden) => hidden[column],
        _ => rows.Any(r => IsHidden(r, column)),
    };
}

/// <summary>
/// Totals along an axis that another export has settled: for the total of the rows that differ only by the axis
/// <c>header</c> (one of them given), per column, whether that export masks it (true) or publishes it (false); null when
/// it does not hold that total.
/// </summary>
public delegate Func<int, bool?>? SettledTotals(string header, IReadOnlyList<object?> row);

/// <summary>
/// The small-count rule applied to an indicator's table, the one place every export goes through (CSV, XLSX, PDF, ZIP,
/// e-mails, the command line). Counts follow the columns' declarations (<see cref="ColumnSecrecy"/>):
/// <list type="bullet">
/// <item>rows that differ only by one axis (the zone, or a category such as the employer) add up to a total published
/// elsewhere (the region's figure on the national page, all employers together) — their lines, with that total
/// counted even when this table does not show it;</item>
/// <item>counts declared part of another count of the same row (the four tutor states of the recruits) add up to it;</item>
/// <item>France's rows beside a region's are a reference, not a total of its parts.</item>
/// </list>
/// A measure (rate, median, amount) is hidden wherever a count it rests on is.
/// </summary>
public static class TableSecrecy
{
    /// <summary>What a count masked by secondary suppression, and a figure built on a masked count, show.</summary>
    public const string HiddenMeasureText = "secret";

    private const string ZoneColumn = "Code zone";
    private const string France = "FR";

    public static ExportedTable Apply(this SmallCountRule rule, IndicatorTable table) => rule.Apply(table, []);

    /// <summary>
    /// The rule applied to <paramref name="table"/>, whose groups of rows <paramref name="sums"/> (their indexes) add up
    /// to totals a chart publishes: lines like the axes' ones. Which columns of each sum are masked comes with the table
    /// (<see cref="ExportedTable.SumsHidden"/>).
    /// </summary>
    public static ExportedTable Apply(this SmallCountRule rule, IndicatorTable table, IReadOnlyList<IReadOnlyList<int>> sums) => rule.Apply(table, sums, null);

    /// <summary>
    /// The rule applied to <paramref name="table"/> where another export has settled the totals along one of its axes
    /// (<paramref name="settled"/>): those it masks are masked here, those it publishes are never the cell masked here.
    /// </summary>
    public static ExportedTable Apply(this SmallCountRule rule, IndicatorTable table, IReadOnlyList<IReadOnlyList<int>> sums, SettledTotals? settled)
    {
        var rowCount = table.Rows.Count;
        var columnCount = table.Headers.Count;
        var roles = table.Secrecy;
        var countColumns = Enumerable.Range(0, columnCount).Where(c => roles[c].Role == ColumnRole.Count).ToList();
        var hidden = new bool[rowCount, columnCount];
        if (countColumns.Count == 0 || rowCount == 0)
        {
            return new ExportedTable(table, hidden, rule.Notice);
        }

        // Real rows first, then one row per total a group of rows adds up to (never shown, masked like any count).
        var grid = table.Rows.Select(row => countColumns.ToDictionary(c => c, c => CountOf(row[c]))).ToList();
        var lines = new List<TotalLine>();
        var settledTotals = new List<(int Row, Func<int, bool?> Masked)>();
        foreach (var axis in Enumerable.Range(0, columnCount).Where(c => roles[c].Role == ColumnRole.Axis))
        {
            var keys = Enumerable.Range(0, columnCount).Where(c => c != axis && roles[c].Role is ColumnRole.Key or ColumnRole.Axis).ToList();
            var groups = Enumerable.Range(0, rowCount)
                .Where(r => !(table.Headers[axis] == ZoneColumn && Equals(table.Rows[r][axis], France)))
                .GroupBy(r => KeyOf(table.Rows[r], keys));
            foreach (var group in groups)
            {
                // A row alone is its own total: a line only where another export settles that total (a region of one
                // department that France by region masks masks its department too).
                var given = settled?.Invoke(table.Headers[axis], table.Rows[group.First()]);
                if (group.Count() < 2 && given is null)
                {
                    continue;
                }

                var total = AddTotal([.. group]);
                if (given is not null)
                {
                    settledTotals.Add((total, given));
                }
            }
        }

        // Sums a chart publishes (every employer and campaign of the recruitment flow): totals as well.
        var sumRows = sums.Select(group => (Key: GroupKey(group), Row: AddTotal(group))).ToList();

        // Parts of a count on the same row, on every row (the totals' rows too: their parts add up as well).
        var index = Enumerable.Range(0, columnCount).ToDictionary(c => table.Headers[c]);
        foreach (var parts in countColumns.SelectMany(c => roles[c].PartOf.Select(p => (Part: c, Total: index[p.Total], p.Partition))).GroupBy(p => (p.Total, p.Partition), p => p.Part))
        {
            lines.AddRange(Enumerable.Range(0, grid.Count).Select(r => new TotalLine([.. parts.Select(c => new Cell(r, c))], new Cell(r, parts.Key.Total))));
        }

        // Running totals: each period's is the previous period's plus what the period added; the first period's, what came
        // before it plus what it added. What a table gives only as a difference gets a cell of its own beyond its columns.
        // The past is published already (last month's dossier gave last month's total): a period's masks cover it with its
        // own cells — the total to date from the period on, the next period's addition — never with an earlier one.
        var width = columnCount;
        foreach (var c in countColumns.Where(c => roles[c].Accumulates is not null))
        {
            var running = roles[c].Accumulates!;
            var given = running.Increments is { } header ? index[header] : (int?)null;
            var increments = given ?? width++;
            var before = given is null ? (int?)null : width++;
            foreach (var periods in Successive(table, roles, index, running))
            {
                if (before is { } opening)
                {
                    grid[periods[0]][opening] = grid[periods[0]][c] - grid[periods[0]][increments];
                    var past = new Cell(periods[0], opening);
                    lines.Add(new TotalLine([past, new Cell(periods[0], increments)], new Cell(periods[0], c)) { Published = [past] });
                }

                foreach (var (previous, next) in periods.Zip(periods.Skip(1)))
                {
                    if (given is null)
                    {
                        grid[next][increments] = grid[next][c] - grid[previous][c];
                    }

                    var past = new Cell(previous, c);
                    lines.Add(new TotalLine([past, new Cell(next, increments)], new Cell(next, c)) { Published = [past] });
                }
            }
        }

        var counts = new long?[grid.Count, width];
        for (var r = 0; r < grid.Count; r++)
        {
            foreach (var (c, count) in grid[r])
            {
                counts[r, c] = count;
            }
        }

        bool?[,]? fixedCells = null;
        if (settledTotals.Count > 0)
        {
            fixedCells = new bool?[grid.Count, width];
            foreach (var (row, masks) in settledTotals)
            {
                foreach (var c in countColumns)
                {
                    fixedCells[row, c] = masks(c);
                }
            }
        }

        var masked = rule.Mask(counts, lines, fixedCells);
        bool HiddenIn(int row, int c) => roles[c].Role switch
        {
            ColumnRole.Count => masked[row, c],
            ColumnRole.Measure => roles[c].RestsOn.Any(h => masked[row, index[h]]),
            _ => false,
        };
        var sumsHidden = sumRows.DistinctBy(s => s.Key).ToDictionary(s => s.Key, s => Enumerable.Range(0, columnCount).Select(c => HiddenIn(s.Row, c)).ToArray());
        var rows = new List<IReadOnlyList<object?>>(rowCount);
        for (var r = 0; r < rowCount; r++)
        {
            var row = table.Rows[r].ToArray();
            for (var c = 0; c < columnCount; c++)
            {
                // « < 11 » only where it is true: a count masked to protect another may be of any size. A measure with
                // no value (no rate without posts) has nothing to hide.
                var secret = !HiddenIn(r, c) || (roles[c].Role == ColumnRole.Measure && row[c] is null) ? null
                    : roles[c].Role == ColumnRole.Count && rule.IsSmall(counts[r, c]) ? rule.MaskedText
                    : HiddenMeasureText;
                if (secret is not null)
                {
                    row[c] = new SecretValue(secret);
                    hidden[r, c] = true;
                }
            }

            rows.Add(row);
        }

        return new ExportedTable(table with { Rows = rows }, hidden, rule.Notice) { SumsHidden = sumsHidden };

        // A row of the grid for the total of a group of rows (never shown, masked like any count), and its lines.
        int AddTotal(IReadOnlyList<int> group)
        {
            var total = grid.Count;
            grid.Add(countColumns.ToDictionary(c => c, c => (long?)group.Sum(r => grid[r][c] ?? 0)));
            lines.AddRange(countColumns.Select(c => new TotalLine([.. group.Select(r => new Cell(r, c))], new Cell(total, c))));
            return total;
        }
    }

    /// <summary>The rows of France beside a region's or a department's (a reference, not a total of its parts).</summary>
    internal static List<int> FranceRows(IndicatorTable table)
    {
        var zone = table.Headers.ToList().IndexOf(ZoneColumn);
        return zone < 0 ? [] : [.. Enumerable.Range(0, table.Rows.Count).Where(r => Equals(table.Rows[r][zone], France))];
    }

    /// <summary>
    /// <paramref name="table"/> as exported from two exports of its rows: <paramref name="own"/> as in
    /// <paramref name="ownExported"/> (in that order), <paramref name="france"/> as the rows of the same keys in
    /// <paramref name="franceExported"/>, France's own export; a France row that export does not hold has every count and
    /// measure masked.
    /// </summary>
    internal static ExportedTable Merge(IndicatorTable table, IReadOnlyList<int> own, ExportedTable ownExported, IReadOnlyList<int> france,
        ExportedTable franceExported, SmallCountRule rule)
    {
        var keys = Enumerable.Range(0, table.Headers.Count).Where(c => table.Secrecy[c].Role is ColumnRole.Key or ColumnRole.Axis).ToList();
        var sameHeaders = franceExported.Table.Headers.SequenceEqual(table.Headers);
        var rowOf = Enumerable.Range(0, franceExported.Table.Rows.Count).GroupBy(r => KeyOf(franceExported.Table.Rows[r], keys)).ToDictionary(g => g.Key, g => g.First());
        var rows = table.Rows.ToArray();
        var hidden = new bool[table.Rows.Count, table.Headers.Count];
        foreach (var (r, i) in own.Select((r, i) => (r, i)))
        {
            rows[r] = ownExported.Table.Rows[i];
            for (var c = 0; c < table.Headers.Count; c++)
            {
                hidden[r, c] = ownExported.IsHidden(i, c);
            }
        }

        foreach (var r in france)
        {
            if (sameHeaders && rowOf.TryGetValue(KeyOf(table.Rows[r], keys), out var f))
            {
                rows[r] = franceExported.Table.Rows[f];
                for (var c = 0; c < table.Headers.Count; c++)
                {
                    hidden[r, c] = franceExported.IsHidden(f, c);
                }

                continue;
            }

            var masked = table.Rows[r].ToArray();
            for (var c = 0; c < table.Headers.Count; c++)
            {
                if (table.Secrecy[c].Role is ColumnRole.Count or ColumnRole.Measure && masked[c] is not null)
                {
                    masked[c] = new SecretValue(HiddenMeasureText);
                    hidden[r, c] = true;
                }
            }

            rows[r] = masked;
        }

        return new ExportedTable(table with { Rows = rows }, hidden, rule.Notice);
    }

    /// <summary>
    /// Totals along the zone settled by <paramref name="byRegion"/>, France by region as exported: the departments of
    /// <paramref name="region"/> add up to its row there, of the same other keys.
    /// </summary>
    internal static SettledTotals SettledAlongZones(ExportedTable byRegion, string region)
    {
        var table = byRegion.Table;
        var zone = table.Headers.ToList().IndexOf(ZoneColumn);
        var keys = Enumerable.Range(0, table.Headers.Count).Where(c => c != zone && table.Secrecy[c].Role is ColumnRole.Key or ColumnRole.Axis).ToList();
        var rowOf = Enumerable.Range(0, table.Rows.Count).Where(r => zone >= 0 && Equals(table.Rows[r][zone], region))
            .GroupBy(r => MonthKeyOf(table.Rows[r], keys)).ToDictionary(g => g.Key, g => g.First());
        return (header, row) => header == ZoneColumn && row.Count == table.Headers.Count && rowOf.TryGetValue(MonthKeyOf(row, keys), out var r) ? c => byRegion.IsHidden(r, c) : null;
    }

    /// <summary>A group of rows as a key: their indexes, in order.</summary>
    internal static string GroupKey(IReadOnlyList<int> group) => string.Join(',', group.Order());

    /// <summary>
    /// <paramref name="part"/>, whose rows are rows of <paramref name="whole"/>, with the masks worked out on the whole
    /// (a period of a history, one employer of all) and its published sums <paramref name="wholeSums"/>; null when one of
    /// its rows, or of the groups whose sums it publishes (<paramref name="partSums"/>), is not the whole's.
    /// </summary>
    public static ExportedTable? ApplyWithin(this SmallCountRule rule, IndicatorTable whole, IReadOnlyList<IReadOnlyList<int>> wholeSums,
        IndicatorTable part, IReadOnlyList<IReadOnlyList<int>> partSums, SettledTotals? settled = null)
    {
        var all = Enumerable.Range(0, whole.Headers.Count).ToList();
        var rowOf = Enumerable.Range(0, whole.Rows.Count).GroupBy(r => KeyOf(whole.Rows[r], all)).ToDictionary(g => g.Key, g => g.First());
        // A first period is dated from its first day of data in the whole history (the first signature) and from its
        // month's first day in a period starting then: the same row when every figure is the same.
        var rowByMonth = Enumerable.Range(0, whole.Rows.Count).GroupBy(r => MonthKeyOf(whole.Rows[r], all)).ToDictionary(g => g.Key, g => g.First());
        var found = part.Rows.Select(row => rowOf.TryGetValue(KeyOf(row, all), out var r) ? r
            : rowByMonth.TryGetValue(MonthKeyOf(row, all), out var m) ? m : -1).ToList();
        if (!whole.Headers.SequenceEqual(part.Headers) || found.Contains(-1))
        {
            return null;
        }

        var masked = rule.Apply(whole, wholeSums, settled);
        var sumsHidden = new Dictionary<string, bool[]>();
        foreach (var group in partSums)
        {
            if (!masked.SumsHidden.TryGetValue(GroupKey([.. group.Select(r => found[r])]), out var hidden))
            {
                return null;
            }

            sumsHidden[GroupKey(group)] = hidden;
        }

        var cut = new bool[part.Rows.Count, part.Headers.Count];
        for (var r = 0; r < found.Count; r++)
        {
            foreach (var c in all)
            {
                cut[r, c] = masked.IsHidden(found[r], c);
            }
        }

        // The part's own rows (its dates), with the whole's masked cells.
        var rows = part.Rows.Select((row, r) => (IReadOnlyList<object?>)[.. row.Select((value, c) => cut[r, c] ? masked.Table.Rows[found[r]][c] : value)]).ToList();
        return new ExportedTable(part with { Rows = rows }, cut, rule.Notice) { SumsHidden = sumsHidden };
    }

    /// <summary>
    /// <paramref name="coarse"/>, a time series by quarter or year, masked from <paramref name="monthly"/>, the same series
    /// by month as it is exported, so that the two cannot be set against each other: what a period adds (its months'
    /// sum) is masked when one of its months is (otherwise its months are all published and so is their sum); what it is
    /// at its end (a running total, contracts in force) is its last month's, masked as that is. The months of a row are
    /// those from its <paramref name="periodHeader"/> to the next row's. Null when a row has no month in the series.
    /// </summary>
    public static ExportedTable? ByMonths(this SmallCountRule rule, ExportedTable monthly, IndicatorTable coarse, string periodHeader)
    {
        var headers = coarse.Headers.ToList();
        if (!monthly.Table.Headers.SequenceEqual(headers))
        {
            return null;
        }

        var period = headers.IndexOf(periodHeader);
        var zone = headers.IndexOf(ZoneColumn);
        var roles = coarse.Secrecy;
        var hidden = new bool[coarse.Rows.Count, headers.Count];
        var rows = new List<IReadOnlyList<object?>>(coarse.Rows.Count);
        for (var r = 0; r < coarse.Rows.Count; r++)
        {
            var row = coarse.Rows[r];
            var (from, zoneCode) = ((DateOnly)row[period]!, zone < 0 ? null : row[zone]);
            DateOnly? until = coarse.Rows.Skip(r + 1).Where(next => Equals(zone < 0 ? null : next[zone], zoneCode)).Select(next => (DateOnly?)(DateOnly)next[period]!).FirstOrDefault();
            var months = Enumerable.Range(0, monthly.Table.Rows.Count)
                .Where(m => Equals(zone < 0 ? null : monthly.Table.Rows[m][zone], zoneCode) && (DateOnly)monthly.Table.Rows[m][period]! >= from && (until is not { } end || (DateOnly)monthly.Table.Rows[m][period]! < end))
                .ToList();
            if (months.Count == 0)
            {
                return null;
            }

            var masked = row.ToArray();
            foreach (var c in Enumerable.Range(0, headers.Count).Where(c => roles[c].Role == ColumnRole.Count))
            {
                var atEnd = roles[c].AtPeriodEnd || roles[c].Accumulates is not null;
                if (atEnd ? monthly.IsHidden(months[^1], c) : months.Any(m => monthly.IsHidden(m, c)))
                {
                    masked[c] = atEnd ? monthly.Table.Rows[months[^1]][c] : new SecretValue(rule.IsSmall(CountOf(row[c])) ? rule.MaskedText : HiddenMeasureText);
                    hidden[r, c] = true;
                }
            }

            foreach (var c in Enumerable.Range(0, headers.Count).Where(c => roles[c].Role == ColumnRole.Measure && masked[c] is not null && roles[c].RestsOn.Any(h => hidden[r, headers.IndexOf(h)])))
            {
                masked[c] = new SecretValue(HiddenMeasureText);
                hidden[r, c] = true;
            }

            rows.Add(masked);
        }

        return new ExportedTable(coarse with { Rows = rows }, hidden, rule.Notice);
    }

    /// <summary>
    /// <paramref name="exported"/> with the cells of column <paramref name="header"/> that another export publishes as the
    /// same figure masked as that export masks them (<paramref name="elsewhere"/> gives, per row, its secret there, or null
    /// where it is published), and the measures built on them. The same figure published twice must not give back what
    /// one of the two masks; masking more never makes anything recomputable that was not.
    /// </summary>
    public static ExportedTable MaskedLike(this ExportedTable exported, string header, Func<int, SecretValue?> elsewhere)
    {
        var table = exported.Table;
        var column = table.Headers.ToList().IndexOf(header);
        var hidden = (bool[,])exported.Hidden.Clone();
        var builtOn = Enumerable.Range(0, table.Headers.Count).Where(c => table.Secrecy[c].Role == ColumnRole.Measure && table.Secrecy[c].RestsOn.Contains(header)).ToList();
        var rows = table.Rows.Select((row, r) =>
        {
            if (hidden[r, column] || elsewhere(r) is not { } secret)
            {
                return row;
            }

            var masked = row.ToArray();
            masked[column] = secret;
            hidden[r, column] = true;
            foreach (var c in builtOn.Where(c => masked[c] is not null and not SecretValue))
            {
                masked[c] = new SecretValue(HiddenMeasureText);
                hidden[r, c] = true;
            }

            return (IReadOnlyList<object?>)masked;
        }).ToList();
        return exported with { Table = table with { Rows = rows }, Hidden = hidden };
    }

    /// <summary>
    /// The rows a running total runs through, in the order of its period: one list per set of rows whose other keys and
    /// axes are the same (and that hold the value it is restricted to).
    /// </summary>
    private static IEnumerable<List<int>> Successive(IndicatorTable table, IReadOnlyList<ColumnSecrecy> roles, Dictionary<string, int> index, RunningTotal running)
    {
        var along = index[running.Along];
        var keys = Enumerable.Range(0, table.Headers.Count).Where(c => c != along && roles[c].Role is ColumnRole.Key or ColumnRole.Axis).ToList();
        return Enumerable.Range(0, table.Rows.Count)
            .Where(r => running.OnlyWhere is not { } only || Equals(table.Rows[r][index[only.Column]], only.Value))
            .GroupBy(r => KeyOf(table.Rows[r], keys))
            .Select(g => g.OrderBy(r => table.Rows[r][along], Comparer<object?>.Default).ToList());
    }

    /// <summary>
    /// What a row holds in <paramref name="columns"/>, its dates as their month: a first period is dated from its first
    /// day of data (the first signature), which differs from one table to another, in the same month.
    /// </summary>
    internal static string MonthKeyOf(IReadOnlyList<object?> row, IEnumerable<int> columns) =>
        string.Join('\u001f', columns.Select(c => row[c] is DateOnly d ? d.ToString("yyyy-MM", CultureInfo.InvariantCulture) : Convert.ToString(row[c], CultureInfo.InvariantCulture)));

    /// <summary>What a row holds in <paramref name="keys"/>, as one value to group rows by.</summary>
    internal static string KeyOf(IReadOnlyList<object?> row, IEnumerable<int> keys) =>
        string.Join('\u001f', keys.Select(c => Convert.ToString(row[c], CultureInfo.InvariantCulture)));

    /// <summary>A count as a whole number: a fraction (a forecast) rounds down, but never to zero, so that 10.3 is small and 0.4 is not zero.</summary>
    internal static long? CountOf(object? value) => value switch
    {
        null => null,
        long l => l,
        int i => i,
        double d => d > 0 ? Math.Max(1, (long)Math.Floor(d)) : (long)Math.Floor(d),
        decimal m => m > 0 ? Math.Max(1, (long)Math.Floor(m)) : (long)Math.Floor(m),
        _ => null,
    };
}
