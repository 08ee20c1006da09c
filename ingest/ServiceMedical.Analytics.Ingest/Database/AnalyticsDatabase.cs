using DuckDB.NET.Data;
using ServiceMedical.Analytics.Ingest.Contracts;

namespace ServiceMedical.Analytics.Ingest.Database;

/// <summary>Opens the embedded DuckDB database and brings its schema up to date.</summary>
public sealed class AnalyticsDatabase(DatabaseOptions options)
{
    /// <summary>Raised with every change of the schema (tables the code reads); 2: forecasts, publication; 3: forecasts by beneficiary type; 4: code columns stored as ENUM.</summary>
    public const int SchemaVersion = 4;

    public DatabaseOptions Options { get; } = options;

    /// <summary>Opens a connection on a schema that is ready: tables, reference data, interrupted loads marked.</summary>
    public DuckDBConnection Open()
    {
        if (Options.Path != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(Options.Path));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }
        }

        var connection = new DuckDBConnection(Options.ConnectionString);
        try
        {
            connection.Open();
            // SET takes no parameters: the value is checked to be a plain size before it is written.
            connection.Execute($"SET memory_limit = '{MemoryLimitValue(Options.MemoryLimit)}'");
            connection.Execute(SqlResource.Load<AnalyticsDatabase>("registry.sql"));
            foreach (var dataset in DataContracts.All)
            {
                connection.Execute(DatasetTables.CreateTable(dataset));
                DatasetTables.AlignColumnTypes(connection, dataset);
            }

            ReferenceData.Seed(connection);
            connection.Execute("DELETE FROM schema_info; INSERT INTO schema_info VALUES ($version)", ("version", SchemaVersion));
            connection.Execute(SqlResource.Load<AnalyticsDatabase>("mark-interrupted.sql"));
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The schema version a database (a snapshot) was written with; 0 before versions were recorded.</summary>
    public static int VersionOf(DuckDBConnection connection) =>
        connection.ScalarLong("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_info'") == 0
            ? 0
            : (int)connection.ScalarLong("SELECT coalesce(max(version), 0) FROM schema_info");

    internal static string MemoryLimitValue(string limit) =>
        System.Text.RegularExpressions.Regex.IsMatch(limit, "^[0-9]{1,6}(KB|MB|GB|KiB|MiB|GiB)$")
            ? limit
            : throw new InvalidOperationException($"Database:MemoryLimit '{limit}' is not a size such as 768MB or 2GB.");
}
