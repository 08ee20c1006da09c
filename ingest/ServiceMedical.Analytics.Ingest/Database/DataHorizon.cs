using DuckDB.NET.Data;
using ServiceMedical.Analytics.Ingest.Contracts;

namespace ServiceMedical.Analytics.Ingest.Database;

/// <summary>
/// The extract dates of a database's datasets, read once (a published snapshot never changes), and the data
/// horizon they give a set of datasets: the day figures built on them are true at. Figures are measured up to it,
/// never up to the clock (docs/indicators.md, "Data horizon").
/// </summary>
public sealed class DataHorizon(IReadOnlyList<DatasetExtract> extracts)
{
    public static DataHorizon None { get; } = new([]);

    public IReadOnlyList<DatasetExtract> Extracts { get; } = extracts;

    public static DataHorizon Read(DuckDBConnection connection) => new(DatasetExtracts.Read(connection));

    /// <summary>
    /// The horizon of figures that read <paramref name="datasets"/>: the earliest extract date of those holding events
    /// (a figure cannot be complete beyond the least recent of them); with no events at all, the latest snapshot;
    /// null when they hold no data.
    /// </summary>
    public DateOnly? Of(IEnumerable<string> datasets) => Limiting(datasets)?.ExtractDate;

    /// <summary>The dataset whose extract date is the horizon of <paramref name="datasets"/>; null when they hold no data.</summary>
    public DatasetExtract? Limiting(IEnumerable<string> datasets)
    {
        var read = Extracts.Where(e => datasets.Contains(e.Dataset) && e.ExtractDate is not null).ToList();
        return read.Where(e => e.Timing == DatasetTiming.Events).MinBy(e => e.ExtractDate)
            ?? read.Where(e => e.Timing == DatasetTiming.Snapshot).MaxBy(e => e.ExtractDate);
    }

    /// <summary>When the data of <paramref name="datasets"/> were last loaded (UTC); null when never.</summary>
    public DateTime? LoadedAt(IEnumerable<string> datasets) =>
        Extracts.Where(e => datasets.Contains(e.Dataset)).Max(e => e.LoadedAt);
}
