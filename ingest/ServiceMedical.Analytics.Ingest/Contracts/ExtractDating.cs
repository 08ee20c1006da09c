namespace ServiceMedical.Analytics.Ingest.Contracts;

/// <summary>What a dataset's dates say about the day its figures are complete to (see docs/data-contracts.md, "Extract date").</summary>
public enum DatasetTiming
{
    /// <summary>A list of things (departments, centres, organisations): it holds no events and does not date the figures.</summary>
    Reference,

    /// <summary>States at given days (eligibility snapshots): a snapshot applies until the next one, it does not end the data.</summary>
    Snapshot,

    /// <summary>Events that happened (signatures, measures, interviews…): the figures built on them are complete to the extract date only.</summary>
    Events,
}

/// <summary>
/// How a dataset's extract date is known: declared by the file name (<see cref="ExtractDateOfFile"/>), or else the latest
/// date among <see cref="Columns"/> in the data (the end of the month for a month column).
/// </summary>
public sealed record ExtractDating(DatasetTiming Timing, IReadOnlyList<string> Columns)
{
    public static ExtractDating Reference { get; } = new(DatasetTiming.Reference, []);

    public static ExtractDating Snapshot(string column) => new(DatasetTiming.Snapshot, [column]);

    public static ExtractDating Events(params string[] columns) => new(DatasetTiming.Events, columns);

    /// <summary>Whether the dataset's extract date bounds the data horizon of the figures that read it.</summary>
    public bool BoundsHorizon => Timing == DatasetTiming.Events;
}
