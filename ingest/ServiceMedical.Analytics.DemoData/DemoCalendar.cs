namespace ServiceMedical.Analytics.DemoData;

/// <summary>
/// The demo's time frame: data from January 2019 to the last day of the month it is generated up to (its extract
/// date), eligibility snapshots every six months from 1 July 2019 (the scheme opens) on 1 January and 1 July.
/// </summary>
internal sealed class DemoCalendar
{
    public static readonly DateOnly FirstMonth = new(2019, 1, 1);

    public DemoCalendar(DateOnly lastMonth)
    {
        DataCut = new DateOnly(lastMonth.Year, lastMonth.Month, 1).AddMonths(1).AddDays(-1);
        Snapshots = [.. Enumerable.Range(0, 1_000).Select(i => new DateOnly(2019, 7, 1).AddMonths(6 * i)).TakeWhile(d => d <= DataCut)];
    }

    /// <summary>The extract date: the last day every dataset is complete to.</summary>
    public DateOnly DataCut { get; }

    /// <summary>Semi-annual eligibility snapshots up to <see cref="DataCut"/>.</summary>
    public IReadOnlyList<DateOnly> Snapshots { get; }

    /// <summary>Index of the latest snapshot.</summary>
    public int LastSnapshot => Snapshots.Count - 1;

    /// <summary>Index of the snapshot in force on <paramref name="day"/>, or -1 before the first.</summary>
    public int SnapshotInForce(DateOnly day)
    {
        for (var i = Snapshots.Count - 1; i >= 0; i--)
        {
            if (Snapshots[i] <= day)
            {
                return i;
            }
        }

        return -1;
    }

    public static IEnumerable<DateOnly> Months(DateOnly from, DateOnly to)
    {
        for (var m = new DateOnly(from.Year, from.Month, 1); m <= to; m = m.AddMonths(1))
        {
            yield return m;
        }
    }

    public static int MonthsBetween(DateOnly from, DateOnly to) => (to.Year - from.Year) * 12 + to.Month - from.Month;

    public static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
