namespace ServiceMedical.Analytics.DemoData;

/// <summary>How much demo data to write.</summary>
public enum DemoScale
{
    /// <summary>Realistic national counts; activity only for contracted beneficiaries. The app's first start uses it.</summary>
    National,
    /// <summary>The same world with monthly activity for every eligible beneficiary (over 5 million rows), for benchmarks.</summary>
    Xl,
}

/// <summary>
/// Options of one demo data run: the month the data run up to (<see cref="Until"/>, its first day; every file is
/// extracted on its last day) and the seed. The same seed and month always write the same files.
/// </summary>
public sealed record DemoOptions(string OutputFolder, DateOnly Until, DemoScale Scale = DemoScale.National, int Seed = DemoOptions.DefaultSeed)
{
    public const int DefaultSeed = 2019;

    private static readonly TimeZoneInfo s_paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>The earliest month a demo runs up to: the facts it must show (Auvergne-Rhône-Alpes, May 2021; the 2020 contracts' first year) need it.</summary>
    public static readonly DateOnly EarliestUntil = new(2021, 12, 1);

    /// <summary>The last complete month before today, in Paris: a demo made today is current, and holds nothing the loader would find in the future.</summary>
    public static DateOnly LastCompleteMonth(TimeProvider time)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), s_paris).DateTime);
        return new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
    }

    /// <summary>A demo up to the last complete month before today.</summary>
    public static DemoOptions Current(string outputFolder, TimeProvider time, DemoScale scale = DemoScale.National) =>
        new(outputFolder, LastCompleteMonth(time), scale);
}
