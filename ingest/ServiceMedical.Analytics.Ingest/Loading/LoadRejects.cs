using DuckDB.NET.Data;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Ingest.Loading;

/// <summary>One load as the registry has it: what an operator needs to read its rejects.</summary>
public sealed record LoadEntry(long LoadId, string FileName, string? Dataset, string Status, long RowsRead, long RowsRejected, DateTime StartedAt, string? Error);

/// <summary>Every reject of a load with one column and reason, counted; the first line and its value as an example.</summary>
public sealed record RejectCount(string Column, string Reason, long Rows, long FirstLine, string? Example);

/// <summary>One reject kept row by row: the file's line, the column, the value as written, the reason.</summary>
public sealed record KeptReject(long Line, string Column, string? Value, string Reason);

/// <summary>
/// Reads the rejects of one load: its counts by column and reason (all of them) and the rejects it kept row by row
/// (its first <see cref="LoadPolicy.KeptRejects"/>, by line).
/// </summary>
public static class LoadRejects
{
    /// <summary>
    /// Load <paramref name="loadId"/>, or the latest load of <paramref name="fileName"/>, or (neither given) the latest load
    /// that rejected anything; both given, the load must be of that file. Null when there is none.
    /// </summary>
    public static LoadEntry? Find(DuckDBConnection connection, long? loadId, string? fileName)
    {
        using var command = connection.Command(SqlResource.Load<DatasetLoader>("find-load.sql"), ("load_id", loadId), ("file_name", fileName));
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new LoadEntry(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? 0 : reader.GetInt64(4), reader.IsDBNull(5) ? 0 : reader.GetInt64(5), reader.GetDateTime(6),
                reader.IsDBNull(7) ? null : reader.GetString(7))
            : null;
    }

    public static IReadOnlyList<RejectCount> Counts(DuckDBConnection connection, long loadId)
    {
        using var command = connection.Command(SqlResource.Load<DatasetLoader>("reject-counts.sql"), ("load_id", loadId));
        using var reader = command.ExecuteReader();
        var counts = new List<RejectCount>();
        while (reader.Read())
        {
            counts.Add(new RejectCount(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return counts;
    }

    /// <summary>The rejects the load kept, by line, at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<KeptReject> Kept(DuckDBConnection connection, long loadId, int limit = int.MaxValue)
    {
        using var command = connection.Command(SqlResource.Load<DatasetLoader>("kept-rejects.sql"), ("load_id", loadId), ("limit", (long)limit));
        using var reader = command.ExecuteReader();
        var rejects = new List<KeptReject>();
        while (reader.Read())
        {
            rejects.Add(new KeptReject(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3)));
        }

        return rejects;
    }
}
