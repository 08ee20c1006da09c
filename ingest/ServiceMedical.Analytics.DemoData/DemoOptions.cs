namespace ServiceMedical.Analytics.DemoData;

/// <summary>How much demo data to write.</summary>
public enum DemoScale
{
    /// <summary>Realistic national counts; activity only for contracted beneficiaries. The app's first start uses it.</summary>
    National,
    /// <summary>The same world with monthly activity for every eligible beneficiary (over 5 million rows), for benchmarks.</summary>
    Xl,
}

/// <summary>Options of one demo data run; the same seed always writes the same files.</summary>
public sealed record DemoOptions(string OutputFolder, DemoScale Scale = DemoScale.National, int Seed = DemoOptions.DefaultSeed)
{
    public const int DefaultSeed = 2019;
}
