using DuckDB.NET.Data;
using ServiceMedical.Analytics.Ingest.Contracts;

namespace ServiceMedical.Analytics.Ingest.Database;

/// <summary>Opens the embedded DuckDB database and brings its schema up to date.</summary>
public sealed class AnalyticsDatabase(DatabaseOptions options)
{
    /// <summary>
    /// Raised with every change of the schema (tables the code reads); 2: forecasts, publication; 3: forecasts by beneficiary type;
    /// 4: code columns stored as ENUM; 5: extract dates (load_registry.extract_date, dataset_extracts) and the date rules' macros;
    /// 6: rejects counted by reason (load_reject_counts), only the first ones kept row by row; 7: the scope macros (scope-rules.sql).
    /// </summary>
    public const int SchemaVersion = 7;

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

            connection.Execute(DatasetExtracts.CreateView());
            connection.Execute(SqlResource.Load<AnalyticsDatabase>("date-rules.sql"));
            connection.Execute(SqlResource.Load<AnalyticsDatabase>("scope-rules.sql"));
            connection.Execute(SqlResource.Load<AnalyticsDatabase>("views.sql"));
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

    /// <summary>
    /// Opens an existing database read-only, as every reader does (an export, a forecast): nothing is written, not even
    /// the schema. A file that does not exist, or one written by an older version (which a writer upgrades on open), is
    /// refused with a message naming it.
    /// </summary>
    public DuckDBConnection OpenReadOnly()
    {
        RequireExisting();
        var connection = new DuckDBConnection($"Data Source={Options.Path};ACCESS_MODE=READ_ONLY;memory_limit={MemoryLimitValue(Options.MemoryLimit)}");
        try
        {
            connection.Open();
            var version = VersionOf(connection);
            return version >= SchemaVersion
                ? connection
                : throw new InvalidDataException(
                    $"la base {Path.GetFullPath(Options.Path)} a été écrite par une version antérieure (schéma {version}, attendu {SchemaVersion}) : " +
                    "lancez une fois « refresh » sur elle pour la mettre à niveau");
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Refuses a database path that does not exist, naming it, instead of creating an empty database.</summary>
    public void RequireExisting()
    {
        if (Options.Path == ":memory:" || !File.Exists(Options.Path))
        {
            throw new FileNotFoundException($"base introuvable : {Path.GetFullPath(Options.Path)}", Options.Path);
        }
    }

    /// <summary>The schema version a database (a snapshot) was written with; 0 before versions were recorded.</summary>
    public static int VersionOf(DuckDBConnection connection) =>
        connection.ScalarLong("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_info'") == 0
            ? 0
            : (int)connection.ScalarLong("SELECT coalesce(max(version), 0) FROM schema_info");

    internal static string MemoryLimitValue(string limit) =>
        DatabaseOptions.IsPlainSize(limit)
            ? limit
            : throw new InvalidOperationException($"Database:MemoryLimit '{limit}' is not a size such as 768MB or 2GB.");
}
