namespace ServiceMedical.Analytics.Indicators.Filters;

/// <summary>
/// The days a figure is measured over once the data horizon is known: <see cref="To"/> is never past
/// <see cref="Horizon"/> ("now" for every indicator is the end of the period, at most the horizon) and
/// <see cref="From"/> is null when the period runs from the first data. <see cref="CutAtHorizon"/> says the period
/// asked went past the data and was cut. With no data (no horizon) there are no days to measure.
/// </summary>
public sealed record ReportingPeriod(DateOnly? From, DateOnly? To, DateOnly? Horizon, bool CutAtHorizon)
{
    /// <summary>No day to measure: no data, or a period that starts after the data's horizon.</summary>
    public bool IsEmpty => To is null || From > To;

    /// <summary>
    /// The period of <paramref name="filter"/> at <paramref name="horizon"/>: a relative period from the horizon,
    /// dates as asked with the end cut at the horizon (an open end is the horizon).
    /// </summary>
    public static ReportingPeriod Of(IndicatorFilter filter, DateOnly? horizon)
    {
        if (horizon is not { } h)
        {
            return new(filter.From, null, null, false);
        }

        if (filter.Period is { } relative)
        {
            var (from, to) = relative.At(h);
            return new(from, to, h, false);
        }

        var end = filter.To is { } asked && asked < h ? asked : h;
        return new(filter.From, end, h, filter.To > h);
    }

    /// <summary>The filter with this period's days written out (and no relative period): what charts and exports of a page run.</summary>
    public IndicatorFilter Apply(IndicatorFilter filter) => filter with { From = From, To = To, Period = null };
}
