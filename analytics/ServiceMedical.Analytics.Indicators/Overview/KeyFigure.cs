namespace ServiceMedical.Analytics.Indicators.Overview;

/// <summary>A count, or a share between 0 and 1.</summary>
public enum KeyFigureKind
{
    Count,
    Share,
}

/// <summary>
/// One headline figure of the overview for the period, with the same figure for the previous period of the
/// same length; null where it cannot be computed (nothing to divide, or no data then).
/// </summary>
public sealed record KeyFigure(string Label, KeyFigureKind Kind, double? Value, double? Previous, bool HigherIsBetter, string Detail)
{
    /// <summary>Value − previous (points of share for a share); null when either is missing.</summary>
    public double? Change => Value is { } v && Previous is { } p ? v - p : null;

    /// <summary>The relative change of a count; null for a share or from zero.</summary>
    public double? RelativeChange => Kind == KeyFigureKind.Count && Change is { } c && Previous is { } p && p > 0 ? c / p : null;
}

/// <summary>The whole months the key figures are for, and the same number of months just before.</summary>
public sealed record KeyFigurePeriods(DateOnly From, DateOnly To, DateOnly PreviousFrom, DateOnly PreviousTo)
{
    /// <summary>
    /// From the month of the filter's start (or 11 months before the end's month) to the filter's end (or today):
    /// the indicators count by month, so a period starts on the first of a month.
    /// </summary>
    public static KeyFigurePeriods For(DateOnly? from, DateOnly? to, DateOnly today)
    {
        var end = to ?? today;
        var endMonth = new DateOnly(end.Year, end.Month, 1);
        var start = from is { } f ? new DateOnly(f.Year, f.Month, 1) : endMonth.AddMonths(-11);
        var months = (endMonth.Year - start.Year) * 12 + endMonth.Month - start.Month + 1;
        return new(start, end, start.AddMonths(-months), start.AddDays(-1));
    }
}
