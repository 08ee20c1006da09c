using ServiceMedical.Analytics.Indicators.Catalog;

namespace ServiceMedical.Analytics.Indicators.Secrecy;

/// <summary>
/// An indicator's tables for each value of a filter that no column holds (each type of centre), stacked as one table with
/// a column saying which value a row is of, so that the rule masks them together: rows that differ only by that column
/// add up to the table of all values, published too, and one export less the others gives nothing masked back. What the
/// parts leave of the whole (centres whose type is not known) is one more part, never shown: it is what a reader gets by
/// difference.
/// </summary>
internal static class PartitionedTable
{
    /// <summary>The column holding a row's part; never exported.</summary>
    public const string PartColumn = "\u0001partie";

    private const string Rest = "reste";

    /// <summary>
    /// <paramref name="parts"/> (tables of the same columns as <paramref name="whole"/>) one under the other with their
    /// part's number in <see cref="PartColumn"/>, then the rest of the whole where it is not zero: the whole's counts
    /// less the parts' on the same keys, no measure.
    /// </summary>
    public static IndicatorTable Stack(IndicatorTable whole, IReadOnlyList<IndicatorTable> parts)
    {
        var keys = Enumerable.Range(0, whole.Headers.Count).Where(c => whole.Secrecy[c].Role is ColumnRole.Key or ColumnRole.Axis).ToList();
        var counts = Enumerable.Range(0, whole.Headers.Count).Where(c => whole.Secrecy[c].Role == ColumnRole.Count).ToList();
        var inParts = new Dictionary<string, double[]>();
        foreach (var row in parts.SelectMany(p => p.Rows))
        {
            var key = TableSecrecy.MonthKeyOf(row, keys);
            var sums = inParts.TryGetValue(key, out var found) ? found : inParts[key] = new double[whole.Headers.Count];
            foreach (var c in counts)
            {
                sums[c] += Number(row[c]);
            }
        }

        var rest = whole.Rows.Select(row =>
        {
            var sums = inParts.GetValueOrDefault(TableSecrecy.MonthKeyOf(row, keys));
            return (IReadOnlyList<object?>)[.. row.Select((value, c) => whole.Secrecy[c].Role switch
            {
                ColumnRole.Count => Less(value, sums?[c] ?? 0),
                ColumnRole.Measure => null,
                _ => value,
            }), Rest];
        }).ToList();
        var restCounts = rest.Any(row => counts.Any(c => Number(row[c]) != 0)) ? rest : [];
        return new IndicatorTable([.. whole.Headers, PartColumn], [.. parts.SelectMany((p, i) => p.WithPart(i).Rows), .. restCounts])
        {
            Kinds = [.. whole.Kinds, ColumnKind.Value],
            Secrecy = [.. whole.Secrecy, ColumnSecrecy.Axis],
        };
    }

    /// <summary>
    /// The totals of the parts as <paramref name="whole"/>, the table of all values as it is exported, settles them: a
    /// stacked row's total along <see cref="PartColumn"/> is the whole's row of the same keys.
    /// </summary>
    public static SettledTotals SettledBy(ExportedTable whole)
    {
        var table = whole.Table;
        var keys = Enumerable.Range(0, table.Headers.Count).Where(c => table.Secrecy[c].Role is ColumnRole.Key or ColumnRole.Axis).ToList();
        var rowOf = Enumerable.Range(0, table.Rows.Count).GroupBy(r => TableSecrecy.MonthKeyOf(table.Rows[r], keys)).ToDictionary(g => g.Key, g => g.First());
        return (header, row) => header == PartColumn && rowOf.TryGetValue(TableSecrecy.MonthKeyOf(row, keys), out var r) ? c => whole.IsHidden(r, c) : null;
    }

    /// <summary><paramref name="table"/> with its rows marked as of part <paramref name="part"/>.</summary>
    public static IndicatorTable WithPart(this IndicatorTable table, int part) =>
        new([.. table.Headers, PartColumn], [.. table.Rows.Select(row => (IReadOnlyList<object?>)[.. row, part.ToString(System.Globalization.CultureInfo.InvariantCulture)])])
        {
            Kinds = [.. table.Kinds, ColumnKind.Value],
            Secrecy = [.. table.Secrecy, ColumnSecrecy.Axis],
        };

    /// <summary>The exported table without its part column (the last).</summary>
    public static ExportedTable WithoutPart(this ExportedTable exported)
    {
        var table = exported.Table;
        var width = table.Headers.Count - 1;
        var hidden = new bool[table.Rows.Count, width];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var c = 0; c < width; c++)
            {
                hidden[r, c] = exported.Hidden[r, c];
            }
        }

        return exported with
        {
            Table = new IndicatorTable([.. table.Headers.Take(width)], [.. table.Rows.Select(row => (IReadOnlyList<object?>)[.. row.Take(width)])])
            {
                Kinds = [.. table.Kinds.Take(width)],
                Secrecy = [.. table.Secrecy.Take(width)],
            },
            Hidden = hidden,
        };
    }

    private static double Number(object? value) => value switch
    {
        long l => l,
        int i => i,
        double d => d,
        decimal m => (double)m,
        _ => 0,
    };

    /// <summary>A count less the parts', as the count's own type.</summary>
    private static object? Less(object? value, double parts) => value switch
    {
        long l => l - (long)parts,
        int i => i - (int)parts,
        double d => d - parts,
        decimal m => m - (decimal)parts,
        _ => value,
    };
}
