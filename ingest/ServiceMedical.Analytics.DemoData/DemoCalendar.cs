namespace ServiceMedical.Analytics.DemoData;

/// <summary>The demo's time frame: data from January 2019 to the end of 2025, snapshots every six months.</summary>
internal static class DemoCalendar
{
    public static readonly DateOnly FirstMonth = new(2019, 1, 1);
    public static readonly DateOnly DataCut = new(2025, 12, 31);

    /// <summary>Semi-annual eligibility snapshots: 1 July 2019 (the scheme opens), then every 1 January and 1 July.</summary>
    public static readonly IReadOnlyList<DateOnly> Snapshots =
        Enumerable.Range(0, 13).Select(i => new DateOnly(2019, 7, 1).AddMonths(6 * i)).ToList();

    /// <summary>Index of the snapshot in force on <paramref name="day"/>, or -1 before the first.</summary>
    public static int SnapshotInForce(DateOnly day)
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
}
