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

    /// <summary>A DuckDB size written plainly (768MB, 2GB): the only form written into a SET statement.</summary>
    public static bool IsPlainSize(string limit) => System.Text.RegularExpressions.Regex.IsMatch(limit, "^[0-9]{1,6}(KB|MB|GB|KiB|MiB|GiB)$");

    /// <summary>What is wrong with these settings, each named by its configuration key; none when they are usable.</summary>
    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Path))
        {
            yield return "Database:Path : le chemin de la base est vide";
        }

        if (!IsPlainSize(MemoryLimit))
        {
            yield return $"Database:MemoryLimit : « {MemoryLimit} » n'est pas une taille comme 768MB ou 2GB";
        }
    }
}
