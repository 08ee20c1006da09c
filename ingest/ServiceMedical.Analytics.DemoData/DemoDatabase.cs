using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.DemoData;

/// <summary>A database holding the demo: the extracts written to a folder, then loaded through the normal ingest (benchmarks start from it).</summary>
public static class DemoDatabase
{
    /// <summary>
    /// Writes the demo at <paramref name="scale"/>, up to the month <paramref name="until"/>, into <c>folder/demo</c> and loads
    /// it into <c>folder/name.duckdb</c>; returns the database path and the rows loaded.
    /// </summary>
    public static (string Path, long Rows) Build(string folder, DemoScale scale, string name, DateOnly until)
    {
        var path = System.IO.Path.Combine(folder, name + ".duckdb");
        var extracts = System.IO.Path.Combine(folder, "demo");
        DemoDataGenerator.Generate(new DemoOptions(extracts, until, scale));
        using var connection = new AnalyticsDatabase(new DatabaseOptions { Path = path }).Open();
        var results = new InboxIngest(connection, LoadPolicy.Default, TimeProvider.System).LoadFolder(extracts);
        return (path, results.Sum(r => r.RowsAccepted));
    }
}
