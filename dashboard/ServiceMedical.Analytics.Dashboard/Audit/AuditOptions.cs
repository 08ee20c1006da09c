namespace ServiceMedical.Analytics.Dashboard.Audit;

/// <summary>Where a single node keeps its audit log: its own DuckDB file (with several nodes, the shared PostgreSQL instead).</summary>
public sealed class AuditOptions
{
    public const string SectionName = "Audit";

    public string Path { get; set; } = "data/audit.duckdb";

    /// <summary>What is wrong with these settings; with several nodes the path is not used.</summary>
    public IEnumerable<string> Problems(bool sharedDatabase)
    {
        if (!sharedDatabase && string.IsNullOrWhiteSpace(Path))
        {
            yield return $"{SectionName}:Path : le chemin du journal d'audit est vide";
        }
    }
}
