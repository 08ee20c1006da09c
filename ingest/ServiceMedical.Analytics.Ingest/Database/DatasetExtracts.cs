using System.Text;
using DuckDB.NET.Data;
using ServiceMedical.Analytics.Ingest.Contracts;

namespace ServiceMedical.Analytics.Ingest.Database;

/// <summary>
/// One dataset's extract date: the day its figures are complete to. <see cref="Declared"/> when a file name said
/// it, otherwise the latest date of its events in the data (see <see cref="ExtractDating"/>); null when the dataset
/// holds no rows. <see cref="LoadedAt"/> is the end of its last successful load, in UTC.
/// </summary>
public sealed record DatasetExtract(string Dataset, DatasetTiming Timing, long Rows, DateOnly? ExtractDate, bool Declared, DateTime? LoadedAt)
{
    public DatasetContract Contract => DataContracts.Find(Dataset) ?? throw new InvalidOperationException($"Unknown dataset '{Dataset}'.");
}

/// <summary>
/// The view <c>dataset_extracts</c>, generated from the contracts (a dataset's tables and dates live in code): every
/// reader, the dashboard's snapshots included, finds each dataset's extract date there.
/// </summary>
public static class DatasetExtracts
{
    public static IReadOnlyList<DatasetExtract> Read(DuckDBConnection connection)
    {
        using var command = connection.Command(
            "SELECT dataset, rows, extract_date, declared IS NOT NULL AND declared >= coalesce(latest, declared), loaded_at FROM dataset_extracts ORDER BY ordinal");
        using var reader = command.ExecuteReader();
        var extracts = new List<DatasetExtract>();
        while (reader.Read())
        {
            var dataset = DataContracts.Find(reader.GetString(0))!;
            extracts.Add(new DatasetExtract(dataset.Name, dataset.Dating.Timing, reader.GetInt64(1),
                reader.IsDBNull(2) ? null : DateOnly.FromDateTime(reader.GetDateTime(2)), reader.GetBoolean(3),
                reader.IsDBNull(4) ? null : reader.GetDateTime(4)));
        }

        return extracts;
    }

    internal static string CreateView()
    {
        var data = string.Join("\n    UNION ALL ", DataContracts.All.Select((d, i) =>
            $"SELECT {i} AS ordinal, '{d.Name}' AS dataset, (SELECT count(*) FROM {d.Table}) AS rows, {Latest(d)} AS latest"));
        return new StringBuilder()
            .AppendLine("-- Generated from the data contracts (DatasetExtracts.cs): each dataset's extract date, the day its figures are")
            .AppendLine("-- complete to — declared by a file name (load_registry.extract_date), else the latest date of its events.")
            .AppendLine("CREATE OR REPLACE VIEW dataset_extracts AS")
            .AppendLine("WITH registry AS (")
            .AppendLine("    SELECT dataset, max(extract_date) AS declared, max(ended_at) AS loaded_at")
            .AppendLine("    FROM load_registry WHERE status = 'succeeded' AND dataset IS NOT NULL GROUP BY dataset),")
            .AppendLine("data AS (")
            .Append("    ").AppendLine(data)
            .AppendLine(")")
            .AppendLine("SELECT d.ordinal, d.dataset, d.rows, r.declared, d.latest, r.loaded_at,")
            .AppendLine("       CASE WHEN d.rows = 0 THEN NULL ELSE coalesce(greatest(r.declared, d.latest), CAST(r.loaded_at AS DATE)) END AS extract_date")
            .AppendLine("FROM data d LEFT JOIN registry r ON r.dataset = d.dataset;")
            .ToString();
    }

    /// <summary>The latest date the dataset's rows hold, SQL; a month measured is complete on its last day.</summary>
    private static string Latest(DatasetContract dataset)
    {
        var columns = dataset.Dating.Columns.Select(name =>
            dataset.Column(name)!.Type == ColumnType.Month
                ? $"CAST(max({name}) + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE)"
                : $"max({name})").ToList();
        return columns.Count switch
        {
            0 => "CAST(NULL AS DATE)",
            1 => $"(SELECT {columns[0]} FROM {dataset.Table})",
            _ => $"(SELECT greatest({string.Join(", ", columns)}) FROM {dataset.Table})",
        };
    }
}
