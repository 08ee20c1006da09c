using ServiceMedical.Analytics.Indicators.Secrecy;

namespace ServiceMedical.Analytics.Indicators.Tests;

/// <summary>Primary and secondary suppression on tables made by hand, each mask worked out on paper.</summary>
public sealed class SmallCountRuleTests
{
    private static readonly SmallCountRule Rule = new();

    [Fact]
    public void ADepartmentBelowEleven_IsMasked_AndTheSmallestOtherToo_SoThatTheRegionsTotalGivesNeitherBack()
    {
        // Four departments of a region (rows 0–3) and the region (row 4): 25 + 4 + 30 + 12 = 71.
        long?[,] counts = { { 25 }, { 4 }, { 30 }, { 12 }, { 71 } };

        var masked = Rule.Mask(counts, [TotalLine.OfColumn(0, [0, 1, 2, 3], totalRow: 4)]);

        // 4 < 11 is masked; shown alone, it would be 71 − 25 − 30 − 12: the smallest other department (12) is masked too.
        Assert.Equal([false, true, false, true, false], Column(masked, 0));
        Assert.Equal("< 11", Rule.MaskedText);
    }

    [Fact]
    public void ARegionWithOneDepartmentMasked_InATableWithTotalsBothWays_MasksUntilNoLineGivesACellBack()
    {
        // Rows: departments 01, 03, 07, then the region. Columns: centres, maisons de santé, then the total.
        long?[,] counts =
        {
            { 15, 3, 18 },
            { 20, 14, 34 },
            { 12, 16, 28 },
            { 47, 33, 80 },
        };
        var masked = Rule.Mask(counts, TotalsBothWays(counts));

        // 3 (01, maisons) is small. Row 01 then gives it back as 18 − 15: 15 is masked. Column maisons gives it as
        // 33 − 14 − 16: 14 is masked. Column centres now has 15 alone masked: 12 is masked. Row 03 has 14 alone: 20 is
        // masked. Row 07 has 12 alone: 16 is masked. Every line now has two masked parts or none; totals stay.
        bool[,] expected =
        {
            { true, true, false },
            { true, true, false },
            { true, true, false },
            { false, false, false },
        };
        Assert.Equal(expected, masked);
    }

    [Fact]
    public void AnotherDepartmentOfTheSameTable_WithLargerCounts_IsLeftAlone()
    {
        // Three departments, two columns and totals; only department 01's maisons (5) is small.
        long?[,] counts =
        {
            { 40, 5, 45 },
            { 30, 25, 55 },
            { 60, 35, 95 },
            { 130, 65, 195 },
        };
        var masked = Rule.Mask(counts, TotalsBothWays(counts));

        // Row 01: 40 masked with 5. Column maisons: 25 (smallest of 25, 35). Column centres: 30 (smallest of 30, 60).
        // Row 03 then has 30 and 25 masked: two, done. Department 07 (60, 35, 95) is published whole.
        bool[,] expected =
        {
            { true, true, false },
            { true, true, false },
            { false, false, false },
            { false, false, false },
        };
        Assert.Equal(expected, masked);
    }

    [Fact]
    public void ZeroStaysZero_AndIsNeverTheCover_TheTotalIsWhenNothingElseIs()
    {
        // 0 + 5 = 5: the total itself is small; 0 + 0 + 7 = 7 with a published total of 20 in another layout below.
        long?[,] zeros = { { 0 }, { 5 }, { 5 } };
        Assert.Equal([false, true, true], Column(Rule.Mask(zeros, [TotalLine.OfColumn(0, [0, 1], totalRow: 2)]), 0));

        // 0, 7 and a total of 7 + 13 = 20 where 13 is outside the line: nothing but the total can cover 7.
        long?[,] alone = { { 0 }, { 7 }, { 20 } };
        Assert.Equal([false, true, true], Column(Rule.Mask(alone, [TotalLine.OfColumn(0, [0, 1], totalRow: 2)]), 0));
    }

    [Fact]
    public void ATotalMaskedForAnotherLine_IsNotLeftAloneOnItsOwnLine()
    {
        // Rows A (35, 0 | 35), B (0, 10 | 10), totals (35, 10 | 45); a reviewer's case. 10 is small and B's other part is
        // zero: B's total is masked. Left there, the totals row would give B's total back as 45 − 35, and with it the 10.
        long?[,] counts = { { 35, 0, 35 }, { 0, 10, 10 }, { 35, 10, 45 } };
        var totals = TotalsBothWays(counts);

        var masked = Rule.Mask(counts, totals);

        // Worked by hand in the order of the lines: (B,1) small; row B covers with its total; column 1 with its total;
        // column « total » then has B's total alone: A's total; next round, row A has its total alone: its 35; the totals
        // row has its 10 alone: its 35. Only the zeros and the grand total stay: every line has two masked cells or none.
        bool[,] expected =
        {
            { true, false, true },
            { false, true, true },
            { true, true, false },
        };
        Assert.Equal(expected, masked);
        foreach (var line in totals)
        {
            var shown = line.Parts.Append(line.Total).Count(c => masked[c.Row, c.Column]);
            Assert.NotEqual(1, shown);
        }
    }

    /// <summary>
    /// Totals another export settled: a total it masks is masked here too and counts as the second masked cell of its line;
    /// a total it publishes is never the cell masked here, nor a part equal to it (the other parts of its line zero).
    /// </summary>
    [Fact]
    public void TotalsSettledElsewhere_AreKept_AndAPartEqualToAPublishedOneIsNeverTheCover()
    {
        // Line A: 4 + 17 = 21 (row 2). Line B: 17 + 0 = 17 (row 3), which another export publishes: the 17 is published too.
        long?[,] counts = { { 4 }, { 17 }, { 21 }, { 17 }, { 0 } };
        TotalLine[] lines = [TotalLine.OfColumn(0, [0, 1], totalRow: 2), TotalLine.OfColumn(0, [1, 4], totalRow: 3)];
        bool?[,] published = { { null }, { null }, { null }, { false }, { null } };

        // On its own the 17 covers the 4 (and line B's total then covers the 17); published through line B, it cannot: the
        // total of line A (21) is masked instead.
        Assert.Equal([true, true, false, true, false], Column(Rule.Mask(counts, lines), 0));
        Assert.Equal([true, false, true, false, false], Column(Rule.Mask(counts, lines, published), 0));

        // A total the other export masks already: line A has two masked cells, nothing more is masked.
        bool?[,] masked = { { null }, { null }, { true }, { null }, { null } };
        Assert.Equal([true, false, true, false, false], Column(Rule.Mask(counts, [lines[0]], masked), 0));
    }

    [Fact]
    public void TheThreshold_IsConfigurable_AndAMissingCountIsNotSmall()
    {
        var five = new SmallCountRule(5);
        long?[,] counts = { { 5 }, { 4 }, { null } };

        Assert.Equal([false, true, false], Column(five.Mask(counts, []), 0));
        Assert.Equal("< 5", five.MaskedText);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SmallCountRule(1));
    }

    /// <summary>Every row adds up to its last cell, every column to its last row.</summary>
    private static TotalLine[] TotalsBothWays(long?[,] counts)
    {
        var (rows, columns) = (counts.GetLength(0), counts.GetLength(1));
        return
        [
            .. Enumerable.Range(0, rows).Select(r => TotalLine.OfRow(r, Enumerable.Range(0, columns - 1), columns - 1)),
            .. Enumerable.Range(0, columns).Select(c => TotalLine.OfColumn(c, Enumerable.Range(0, rows - 1), rows - 1)),
        ];
    }

    private static bool[] Column(bool[,] masked, int column) => [.. Enumerable.Range(0, masked.GetLength(0)).Select(r => masked[r, column])];
}
