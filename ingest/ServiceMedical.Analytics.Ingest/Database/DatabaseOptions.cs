namespace ServiceMedical.Analytics.Ingest.Database;

/// <summary>Where the embedded analytical database lives and how much memory DuckDB may use.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Path of the DuckDB file; <c>:memory:</c> for a throw-away database.</summary>
    public string Path { get; set; } = "data/servicemedical.duckdb";

    /// <summary>DuckDB <c>memory_limit</c>; past it DuckDB spills to its temp directory.</summary>
    public string MemoryLimit { get; set; } = "512MB";

    /// <summary>Where read-only snapshots are published; by default <c>&lt;name&gt;.snapshots</c> beside the working file.</summary>
    public string? SnapshotFolder { get; set; }

    public string ConnectionString => $"Data Source={Path}";
}
