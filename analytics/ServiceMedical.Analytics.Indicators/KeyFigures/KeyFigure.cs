namespace ServiceMedical.Analytics.Indicators.KeyFigures;

/// <summary>A count, or a share between 0 and 1.</summary>
public enum KeyFigureKind
{
    Count,
    Share,
}

/// <summary>One step of a key figure's trend: a month, a campaign or a snapshot, named as the page names it.</summary>
public sealed record TrendPoint(string Label, double Value);

/// <summary>
/// One headline figure of a page for the period, with the same figure for the previous period of the
/// same length; null where it cannot be computed (nothing to divide, or no data then). <see cref="Trend"/> is the
/// figure step by step up to the period's end (months, campaigns or snapshots), empty where the indicator has no
/// time steps.
/// </summary>
public sealed record KeyFigure(string Label, KeyFigureKind Kind, double? Value, double? Previous, bool HigherIsBetter, string Detail)
{
    public IReadOnlyList<TrendPoint> Trend { get; init; } = [];

    /// <summary>What the trend's steps are, for the sentence read out in place of the small line ("par mois").</summary>
    public string TrendSteps { get; init; } = "";

    /// <summary>
    /// The counts of people or structures the figure is built on, for statistical secrecy: the figure itself for a
    /// count of people, a rate's numerator and denominator; none for a figure that counts nobody (posts opened).
    /// </summary>
    public IReadOnlyList<long> Counts { get; init; } = [];

    /// <summary>The same counts for the previous period.</summary>
    public IReadOnlyList<long> PreviousCounts { get; init; } = [];

    /// <summary>
    /// True when the figure is a cell of its indicator's table that the table's export masks, whatever its size (masked
    /// there to protect another figure: the uptake of a region France by region masks); <see cref="PreviousMasked"/>
    /// the same for the previous period.
    /// </summary>
    public bool Masked { get; init; }

    public bool PreviousMasked { get; init; }

    /// <summary>
    /// Counts the detail gives away beyond <see cref="Counts"/>: those it names, and those a reader gets from it and other
    /// figures of the page (the recruits less the recruits whose quarter is over are those still waiting for a tutor).
    /// </summary>
    public IReadOnlyList<long> DetailCounts { get; init; } = [];

    /// <summary>This figure as a count of people or structures: the figure is its own count, this period and the previous.</summary>
    public KeyFigure Counting() => this with
    {
        Counts = Value is { } v ? [(long)v] : [],
        PreviousCounts = Previous is { } p ? [(long)p] : [],
    };

    /// <summary>Value − previous (points of share for a share); null when either is missing.</summary>
    public double? Change => Value is { } v && Previous is { } p ? v - p : null;

    /// <summary>The relative change of a count; null for a share or from zero.</summary>
    public double? RelativeChange => Kind == KeyFigureKind.Count && Change is { } c && Previous is { } p && p > 0 ? c / p : null;
}

/// <summary>
/// The period the key figures are for (<see cref="From"/> null: since the first data) and the previous period of the
/// same length just before it, both complete (the current one ends at the data horizon at the latest); no previous
/// period for one that runs from the first data.
/// </summary>
public sealed record KeyFigurePeriods(DateOnly? From, DateOnly To, DateOnly? PreviousFrom, DateOnly? PreviousTo)
{
    /// <summary>
    /// The previous period of the same length: as many whole months when the period is whole months (so that twelve
    /// months compare with twelve months whatever their days), as many days otherwise.
    /// </summary>
    public static KeyFigurePeriods For(DateOnly? from, DateOnly to)
    {
        if (from is not { } start)
        {
            return new(null, to, null, null);
        }

        var wholeMonths = start.Day == 1 && to.AddDays(1).Day == 1;
        if (wholeMonths)
        {
            var months = (to.Year - start.Year) * 12 + to.Month - start.Month + 1;
            return new(start, to, start.AddMonths(-months), start.AddDays(-1));
        }

        var days = to.DayNumber - start.DayNumber + 1;
        return new(start, to, start.AddDays(-days), start.AddDays(-1));
    }
}
