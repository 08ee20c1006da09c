using DuckDB.NET.Data;

namespace ServiceMedical.Analytics.Ingest.Database;

/// <summary>How recent a database's data are: its last successful load, and its last refresh (publication as a snapshot).</summary>
public sealed record DataDates(DateTime? LastLoad, DateTime? Published)
{
    public static DataDates Read(DuckDBConnection connection)
    {
        using var command = connection.Command(SqlResource.Load<DataDates>("data-dates.sql"));
        using var reader = command.ExecuteReader();
        reader.Read();
        return new DataDates(reader.IsDBNull(0) ? null : reader.GetDateTime(0), reader.IsDBNull(1) ? null : reader.GetDateTime(1));
    }
}
