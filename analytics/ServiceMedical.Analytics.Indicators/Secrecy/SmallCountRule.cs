namespace ServiceMedical.Analytics.Indicators.Secrecy;

/// <summary>
/// Statistical secrecy for what leaves the product: a count of people or structures from 1 to
/// <see cref="Threshold"/> − 1 is not published (shown « &lt; 11 »), zero stays zero; and wherever published totals
/// would let a reader recompute a masked count (a total less the other parts), one more part is masked — the smallest
/// non-zero one, or the total when no part is left (secondary suppression). The threshold is 11 by default, as for
/// health-data publications in France.
/// </summary>
public sealed class SmallCountRule(int threshold = SmallCountRule.DefaultThreshold)
{
    public const int DefaultThreshold = 11;

    public int Threshold { get; } = threshold >= 2 ? threshold : throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "At least 2.");

    /// <summary>What a masked count shows: « &lt; 11 ».</summary>
    public string MaskedText => $"< {Threshold}";

    /// <summary>What every export says of the rule, in French.</summary>
    public string Notice =>
        $"Secret statistique : les effectifs de 1 à {Threshold - 1} personnes ou structures sont remplacés par « {MaskedText} » ; " +
        "« secret » remplace un autre effectif quand un total permettrait de les retrouver, et les taux, délais et montants calculés sur un effectif masqué.";

    /// <summary>A count of people or structures too small to publish (zero is not).</summary>
    public bool IsSmall(long? count) => count is >= 1 && count < Threshold;

    /// <summary>
    /// Which cells of <paramref name="counts"/> must not be published: the small ones, then as many more as the
    /// <paramref name="totals"/> (parts that add up to a total cell, by row, by column or both) need so that no masked
    /// cell can be recomputed from one line. Cells outside every line are masked only when small.
    /// <paramref name="settled"/> gives cells another export has settled already: true, masked there (so here too); false,
    /// published there, never the cell masked here — nor a part equal to it (the other parts of its line being zero).
    /// </summary>
    public bool[,] Mask(long?[,] counts, IReadOnlyList<TotalLine> totals, bool?[,]? settled = null)
    {
        var masked = new bool[counts.GetLength(0), counts.GetLength(1)];
        var published = new HashSet<Cell>();
        for (var row = 0; row < counts.GetLength(0); row++)
        {
            for (var column = 0; column < counts.GetLength(1); column++)
            {
                var given = settled?[row, column];
                masked[row, column] = given ?? IsSmall(counts[row, column]);
                if (given == false)
                {
                    published.Add(new Cell(row, column));
                }
            }
        }

        // A part alone with a published total, the other parts zero, is that total: published as well.
        foreach (var line in totals.Where(l => published.Contains(l.Total)))
        {
            if (line.Parts.Where(p => counts[p.Row, p.Column] is not 0).ToList() is [var only])
            {
                published.Add(only);
            }
        }

        // A mask added for one line may leave another line with a single masked part: go round until none does.
        bool changed;
        do
        {
            changed = false;
            foreach (var line in totals)
            {
                // One masked cell alone on a line — a part, or the total (masked for another line) — is the total less
                // the parts shown, or their sum: one more is masked.
                if (line.Parts.Count(p => masked[p.Row, p.Column]) + (masked[line.Total.Row, line.Total.Column] ? 1 : 0) != 1)
                {
                    continue;
                }

                // The smallest part still shown that is not zero (a zero cell hides nothing: it stays zero) nor published
                // already, first one on a tie; else the total; else, the total being the masked cell, a part shown that is
                // zero: with the parts published elsewhere it would give the total back (last month's total plus a month
                // that added nothing). With every part masked or published elsewhere, nothing here can cover it.
                var shown = line.Parts.Where(p => !masked[p.Row, p.Column] && !line.Published.Contains(p) && !published.Contains(p)).ToList();
                var totalMasked = masked[line.Total.Row, line.Total.Column];
                var cover = shown.Where(p => counts[p.Row, p.Column] is > 0).OrderBy(p => counts[p.Row, p.Column]).Select(p => (Cell?)p).FirstOrDefault()
                    ?? (totalMasked ? shown.Select(p => (Cell?)p).FirstOrDefault() : published.Contains(line.Total) ? null : line.Total);
                if (cover is not { } cell)
                {
                    continue;
                }

                masked[cell.Row, cell.Column] = true;
                changed = true;
            }
        }
        while (changed);

        return masked;
    }
}

/// <summary>A cell of a table of counts.</summary>
public readonly record struct Cell(int Row, int Column);

/// <summary>Parts that add up to a published total: a row of departments and the region's cell, a row's types and its total…</summary>
public sealed record TotalLine(IReadOnlyList<Cell> Parts, Cell Total)
{
    /// <summary>
    /// Parts that another publication gives already (last month's total to date, in last month's dossier): masking them
    /// here would hide nothing, so that they are never the cell masked to cover this line.
    /// </summary>
    public IReadOnlyList<Cell> Published { get; init; } = [];

    /// <summary>The cells of <paramref name="column"/> in <paramref name="rows"/>, adding up to the same column in <paramref name="totalRow"/>.</summary>
    public static TotalLine OfColumn(int column, IEnumerable<int> rows, int totalRow) =>
        new([.. rows.Select(r => new Cell(r, column))], new Cell(totalRow, column));

    /// <summary>The cells of <paramref name="row"/> in <paramref name="columns"/>, adding up to the same row in <paramref name="totalColumn"/>.</summary>
    public static TotalLine OfRow(int row, IEnumerable<int> columns, int totalColumn) =>
        new([.. columns.Select(c => new Cell(row, c))], new Cell(row, totalColumn));
}
