namespace ServiceMedical.Analytics.Dashboard.Audit;

/// <summary>Where the audit log is kept: its own DuckDB file, so that replacing the analytics database never loses it.</summary>
public sealed class AuditOptions
{
    public const string SectionName = "Audit";

    public string Path { get; set; } = "data/audit.duckdb";
}
