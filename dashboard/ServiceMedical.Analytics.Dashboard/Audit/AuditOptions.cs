namespace ServiceMedical.Analytics.Dashboard.Audit;

/// <summary>Where a single node keeps its audit log: its own DuckDB file (with several nodes, the shared PostgreSQL instead).</summary>
public sealed class AuditOptions
{
    public const string SectionName = "Audit";

    public string Path { get; set; } = "data/audit.duckdb";
}
